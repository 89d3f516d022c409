package org.rapporteur.ui;

import java.io.PrintStream;
import java.util.Optional;

import javafx.application.Application;
import org.rapporteur.applog.AppLog;

/**
 * The workbench's main class for class-path launches ({@code bin/rapporteur} without arguments). A plain class, not
 * an {@link Application}, because the JavaFX launcher refuses an Application main class on the class path.
 *
 * <p>Arguments: {@code --workspace DIR} (else {@code RAPPORTEUR_WORKSPACE}, else the per-user data folder),
 * {@code --screenshots DIR} (drive the window through its main views, write PNGs there, and exit) and
 * {@code --import FILE} (import a REFI-QDA or annotation file once the workspace is open, with the import dialog).
 *
 * <p>The workbench logs to the command line's file ({@link AppLog}): its console stays quiet, and the notices of
 * JavaFX (loaded from the class path) and Lucene (no vector module, ADR 0020) are written there once each (ADR 0029).
 *
 * <p>When the workbench cannot start it says why in one sentence with what to do, never a stack trace, and exits
 * with a {@link StartFailure} code (ADR 0028): 4 when no window can be opened (no display, no GTK: one line on the
 * console), 1 when the workspace cannot be used (a dialog; on the console under {@code --screenshots}), 3 for a bug.
 * The details go to the log file ({@link AppLog}) the message names.
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    public static void main(String[] args) {
        PrintStream console = AppLog.install(args); // first: everything a library says from here on goes to the log file
        // No display: said before anything starts (JavaFX would die with a stack trace, and the workspace would be
        // opened for nothing).
        Optional<StartFailure> noDisplay = StartFailure.missingDisplay(System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        if (noDisplay.isPresent()) {
            exit(console, noDisplay.get(), null);
        }
        App.markLaunch(console);
        // The workspace opens while JavaFX starts: on two cores the two overlap instead of following each other.
        WorkspaceOpening.startEarly(App.workspaceDir(java.util.List.of(args)));
        try {
            Application.launch(App.class, args);
        } catch (RuntimeException | Error e) { // what the checks above cannot know: a display that does not answer, no GTK
            exit(console, StartFailure.ofLaunch(e, System.getenv("DISPLAY")), e);
        }
        if (App.exitCode() != StartFailure.OK) {
            System.exit(App.exitCode());
        }
    }

    /** Says why the workbench cannot start in one line on the console, the details in the log, and exits. */
    private static void exit(PrintStream console, StartFailure failure, Throwable detail) {
        if (detail != null) {
            detail.printStackTrace(AppLog.sink()); // into the log file, not the console
        }
        AppLog.sink().println("Workbench not started (exit code " + failure.exitCode() + "): " + failure.message());
        console.println(failure.withLog(AppLog.where()));
        console.flush();
        System.exit(failure.exitCode());
    }
}
