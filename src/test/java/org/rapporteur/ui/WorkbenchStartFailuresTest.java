package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.pipeline.WorkspaceLock;

/**
 * The workbench as a user starts it, in a child process, failing to start: one plain line on the console (never a
 * stack trace), the documented exit code, the details in the log file the line names. No display and no GTK go
 * through {@code bin/rapporteur}; the workspace cases run the launcher headless (Monocle) with {@code --screenshots},
 * which has no user to answer a dialog and so says the reason on the console and exits.
 */
class WorkbenchStartFailuresTest {
    @TempDir
    Path tmp;

    record Run(int exit, String err, String log) {
    }

    private Run run(List<String> cmd, Map<String, String> env, List<String> unset) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Path log = tmp.resolve("rapporteur.log");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("RAPPORTEUR_CLASS_PATH", System.getProperty("java.class.path"));
        pb.environment().put("RAPPORTEUR_LOG", log.toString());
        pb.environment().put("RAPPORTEUR_AOT", "0");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        unset.forEach(pb.environment()::remove);
        pb.environment().putAll(env);
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the workbench did not stop: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8),
                Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
    }

    private List<String> script() {
        return List.of("bash", Path.of("bin", "rapporteur").toAbsolutePath().toString());
    }

    /** The launcher on Monocle, as the screenshot script runs it. */
    private List<String> headless(Path workspace) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1280x800-32", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.rapporteur.ui.WorkbenchLauncher"));
        cmd.addAll(List.of("--workspace", workspace.toString(), "--screenshots", tmp.resolve("shots").toString()));
        return cmd;
    }

    private static void assertOneLine(Run r, String start) {
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one line on the console: " + r.err());
        assertTrue(lines.getFirst().startsWith(start), r.err());
        assertTrue(lines.getFirst().contains(" Details in "), "names the log file: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void withoutADisplayTheWorkbenchSaysSoAndExits4() throws Exception {
        Run r = run(script(), Map.of("RAPPORTEUR_WORKSPACE", tmp.resolve("ws").toString()),
                List.of("DISPLAY", "WAYLAND_DISPLAY"));
        assertEquals(StartFailure.NO_WINDOW, r.exit(), r.err());
        assertOneLine(r, "Rapporteur cannot open a window: no display (DISPLAY is not set). Run it in a desktop "
                + "session, or use the command line (rapporteur --help).");
        assertTrue(r.err().strip().endsWith("Details in " + tmp.resolve("rapporteur.log") + "."), r.err());
        assertTrue(r.log().contains("Workbench not started (exit code 4)"), r.log());
        assertFalse(Files.exists(tmp.resolve("ws")), "no workspace was made for a window that never opened");
    }

    @Test
    void onlyAWorkspaceOptionStillMeansTheWorkbench() throws Exception {
        // "bin/rapporteur --workspace DIR" is the window on another workspace (WORKBENCH.md), not a command: without
        // a display it says so as the window does, and the folder is not made
        List<String> cmd = new ArrayList<>(script());
        cmd.addAll(List.of("--workspace", tmp.resolve("other").toString()));
        Run r = run(cmd, Map.of(), List.of("DISPLAY", "WAYLAND_DISPLAY"));
        assertEquals(StartFailure.NO_WINDOW, r.exit(), r.err());
        assertTrue(r.err().startsWith("Rapporteur cannot open a window: no display"), r.err());
        assertFalse(Files.exists(tmp.resolve("other")));
    }

    @Test
    void withoutGtkTheWorkbenchNamesThePackageAndExits4() throws Exception {
        Path xvfbRun = Path.of("/usr/bin/xvfb-run");
        Assumptions.assumeTrue(Files.isExecutable(xvfbRun) && System.getProperty("os.name").contains("Linux"),
                "needs xvfb-run (an X server) to get past the display to GTK");
        // glass dlopen()s libgtk-3.so.0; a file of that name first on the library path that is not a library makes
        // the load fail as on a machine without GTK
        Path fakeLibs = Files.createDirectories(tmp.resolve("no-gtk"));
        Files.writeString(fakeLibs.resolve("libgtk-3.so.0"), "not a library");
        List<String> cmd = new ArrayList<>(List.of(xvfbRun.toString(), "-a", "-s", "-screen 0 800x600x24"));
        cmd.addAll(script());
        Run r = run(cmd, Map.of("RAPPORTEUR_WORKSPACE", tmp.resolve("ws").toString(), "LD_LIBRARY_PATH",
                fakeLibs.toString()), List.of());
        assertEquals(StartFailure.NO_WINDOW, r.exit(), r.err());
        assertOneLine(r, "Rapporteur cannot open a window: the GTK 3 library is not installed. Install it (Debian or "
                + "Ubuntu: sudo apt install libgtk-3-0");
        assertTrue(r.log().contains("Unable to load glass GTK library"), "the details are in the log: " + r.log());
    }

    @Test
    void aWorkspaceOpenInAnotherProcessIsNamedAndExits1() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Workspace mine = Workspace.openForWindow(ws)) { // this test's JVM is "the other window"
            Run r = run(headless(ws), Map.of(), List.of());
            assertEquals(StartFailure.WORKSPACE, r.exit(), r.err());
            assertOneLine(r, "This workspace (" + ws + ") is open in another Rapporteur window (process "
                    + ProcessHandle.current().pid() + " since ");
            assertTrue(r.log().contains("Opening the workspace " + ws + " failed"), r.log());
            assertTrue(Files.exists(ws.resolve(WorkspaceLock.FILE_NAME)));
        }
    }

    @Test
    void aWorkspaceOfANewerVersionIsRefusedAndExits1() throws Exception {
        Path ws = tmp.resolve("newer");
        Workspace.open(ws).close();
        int newer = AnnotationStore.schemaVersion() + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("annotations.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + newer);
        }
        Run r = run(headless(ws), Map.of(), List.of());
        assertEquals(StartFailure.WORKSPACE, r.exit(), r.err());
        assertOneLine(r, "This workspace (" + ws + ") was written by a newer Rapporteur (annotation store version "
                + newer + "; this one reads up to " + AnnotationStore.schemaVersion() + ").");
    }
}
