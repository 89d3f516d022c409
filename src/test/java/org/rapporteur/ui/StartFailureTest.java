package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.RapporteurException;

/** What the workbench says, and exits with, when it cannot start: from the environment and from what JavaFX threw. */
class StartFailureTest {
    @Test
    void noDisplayOnLinuxIsKnownBeforeJavaFxStarts() {
        StartFailure f = StartFailure.missingDisplay(Map.of(), "Linux", null).orElseThrow();
        assertEquals(StartFailure.NO_WINDOW, f.exitCode());
        assertEquals("Rapporteur cannot open a window: no display (DISPLAY is not set). Run it in a desktop session, "
                + "or use the command line (rapporteur --help).", f.message());
        assertTrue(StartFailure.missingDisplay(Map.of("DISPLAY", " "), "Linux", null).isPresent(), "blank is unset");
        assertTrue(StartFailure.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null).orElseThrow()
                .message().contains("on Wayland the workbench needs XWayland"));
    }

    @Test
    void aDisplayMacOsWindowsAndHeadlessRunsPassTheCheck() {
        assertTrue(StartFailure.missingDisplay(Map.of("DISPLAY", ":0"), "Linux", null).isEmpty());
        assertTrue(StartFailure.missingDisplay(Map.of(), "Mac OS X", null).isEmpty());
        assertTrue(StartFailure.missingDisplay(Map.of(), "Windows 11", null).isEmpty());
        assertTrue(StartFailure.missingDisplay(Map.of(), "Linux", "Monocle").isEmpty());
    }

    @Test
    void glassFailuresAreTheUsersToFixAndNameWhatToDo() {
        // the exceptions JavaFX 25's GtkApplication throws, as Application.launch passes them on
        StartFailure display = StartFailure.ofLaunch(new UnsupportedOperationException("Unable to open DISPLAY"),
                ":77");
        assertEquals(StartFailure.NO_WINDOW, display.exitCode());
        assertTrue(display.message().startsWith("Rapporteur cannot open a window: the display :77 cannot be opened"),
                display.message());
        StartFailure gtk = StartFailure.ofLaunch(new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to load glass GTK library.")), ":0");
        assertEquals(StartFailure.NO_WINDOW, gtk.exitCode());
        assertTrue(gtk.message().contains("GTK 3 library is not installed") && gtk.message().contains(
                "sudo apt install libgtk-3-0"), gtk.message());
    }

    @Test
    void anythingElseAtLaunchIsAnInternalError() {
        StartFailure f = StartFailure.ofLaunch(new IllegalStateException("Application launch must not be called "
                + "more than once"), ":0");
        assertEquals(StartFailure.INTERNAL, f.exitCode());
        assertTrue(f.message().startsWith("Rapporteur could not start because of an internal error"), f.message());
        assertTrue(f.withLog("/tmp/r.log").endsWith(" Details in /tmp/r.log."), f.withLog("/tmp/r.log"));
    }

    @Test
    void aWorkspaceThatCannotBeOpenedIsAUserErrorUnlessItIsABug() {
        assertEquals(StartFailure.WORKSPACE, StartFailure.ofWorkspace("Opening", new RapporteurException("x"), null)
                .exitCode());
        assertEquals(StartFailure.WORKSPACE, StartFailure.ofWorkspace("Opening", new IOException("x"), null).exitCode());
        assertEquals(StartFailure.INTERNAL, StartFailure.ofWorkspace("Opening", new NullPointerException(), null)
                .exitCode());
    }
}
