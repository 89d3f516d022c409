package org.rapporteur.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.model.RapporteurException;
import org.rapporteur.ui.common.UserMessages;

/**
 * Why the workbench could not start, as the user reads it (one sentence on what is wrong, one on what to do) and
 * the exit code the process ends with (ADR 0028; the README's table): 1 for a workspace that cannot be used
 * (read-only or full disk, newer version, open in another window), 3 for an internal error, 4 when no window can be
 * opened at all (no display, no GTK) — the command line still works then, and the message says so.
 */
public record StartFailure(int exitCode, String message) {
    public static final int OK = 0;
    public static final int WORKSPACE = 1;
    public static final int INTERNAL = 3;
    public static final int NO_WINDOW = 4;

    private static final String OR_CLI = " Run it in a desktop session, or use the command line (rapporteur --help).";

    /**
     * No display to open a window on, known from the environment before JavaFX starts (where it would die with
     * "Unable to open DISPLAY"): Linux and the BSDs without {@code DISPLAY}. The workbench's GTK glass needs X11 (or
     * XWayland, which sets {@code DISPLAY}); macOS and Windows always have a display; Monocle (headless tests, the
     * screenshot script) needs none.
     */
    public static Optional<StartFailure> missingDisplay(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac") || os.contains("win") || "monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        String display = env.get("DISPLAY");
        if (display != null && !display.isBlank()) {
            return Optional.empty();
        }
        String wayland = env.get("WAYLAND_DISPLAY");
        if (wayland != null && !wayland.isBlank()) {
            return Optional.of(new StartFailure(NO_WINDOW, "Rapporteur cannot open a window: no X display "
                    + "(DISPLAY is not set; on Wayland the workbench needs XWayland)." + OR_CLI));
        }
        return Optional.of(new StartFailure(NO_WINDOW,
                "Rapporteur cannot open a window: no display (DISPLAY is not set)." + OR_CLI));
    }

    /**
     * What JavaFX's launch threw: its glass layer's "Unable to open DISPLAY" (a display that is set but cannot be
     * opened) and "Unable to load glass GTK library" (GTK 3 is not installed) are the user's to fix; anything else
     * is a bug.
     */
    public static StartFailure ofLaunch(Throwable error, String display) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof UnsupportedOperationException && m.contains("Unable to open DISPLAY")) {
                String named = display == null || display.isBlank() ? "no display (DISPLAY is not set)"
                        : "the display " + display + " cannot be opened (no X server there, or no permission to "
                                + "use it)";
                return new StartFailure(NO_WINDOW, "Rapporteur cannot open a window: " + named + "." + OR_CLI);
            }
            if (t instanceof UnsupportedOperationException && m.contains("Unable to load glass GTK library")) {
                return new StartFailure(NO_WINDOW, "Rapporteur cannot open a window: the GTK 3 library is not "
                        + "installed. Install it (Debian or Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf "
                        + "install gtk3), or use the command line (rapporteur --help).");
            }
        }
        return internal(error);
    }

    /**
     * The workspace could not be opened: said in the words of {@link UserMessages} (which knows full and read-only
     * disks, newer and busy workspaces); our own refusals and file errors are the user's (1), anything else a bug.
     */
    public static StartFailure ofWorkspace(String doing, Throwable error, java.nio.file.Path workspace) {
        String message = UserMessages.describe(doing, error, workspace);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RapporteurException || t instanceof IOException || t instanceof UncheckedIOException) {
                return new StartFailure(WORKSPACE, message);
            }
        }
        return new StartFailure(INTERNAL, message);
    }

    static StartFailure internal(Throwable error) {
        String what = error == null ? "" : " (" + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()) + ")";
        return new StartFailure(INTERNAL, "Rapporteur could not start because of an internal error" + what
                + ". Please report it with the log file.");
    }

    /** The message and where the details are: the one line the console gets. */
    public String withLog(String logFile) {
        return message + " Details in " + logFile + ".";
    }
}
