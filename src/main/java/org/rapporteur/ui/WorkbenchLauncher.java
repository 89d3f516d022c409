package org.rapporteur.ui;

import java.io.PrintStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import org.rapporteur.applog.AppLog;

/**
 * The workbench's main class for class-path launches ({@code bin/rapporteur} without arguments). A plain class, not
 * an {@link Application}, because the JavaFX launcher refuses an Application main class on the class path.
 *
 * <p>Arguments: {@code --workspace DIR} (else {@code RAPPORTEUR_WORKSPACE}, else the per-user data folder) and
 * {@code --screenshots DIR} (drive the window through its main views, write PNGs there, and exit).
 *
 * <p>When the workbench cannot start it says why in one sentence with what to do, never a stack trace, and exits
 * with a {@link StartFailure} code (ADR 0028): 4 when no window can be opened (no display, no GTK: one line on the
 * console), 1 when the workspace cannot be used (a dialog; on the console under {@code --screenshots}), 3 for a bug.
 * The details go to the log file ({@link AppLog}) the message names.
 */
public final class WorkbenchLauncher {
    /**
     * Lucene's notice that the JVM runs without its vector module (dropped on purpose, ADR 0020) is not the user's
     * business. Held in a field: java.util.logging keeps loggers only weakly, and a collected one forgets its level.
     */
    private static final Logger VECTORIZATION_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

    /**
     * JavaFX warns at every start that it was loaded from the class path rather than as named modules. That is how
     * {@code bin/rapporteur} runs it, on purpose and without harm, and nothing the user can change: the one record is
     * dropped, every other JavaFX warning (CSS, rendering) still reaches the log.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    static boolean isClassPathNotice(java.util.logging.LogRecord record) {
        String message = record.getMessage();
        return message != null && message.startsWith("Unsupported JavaFX configuration");
    }

    private WorkbenchLauncher() {
    }

    public static void main(String[] args) {
        // The log file gets what libraries say and the details of a failure; the console, the one line saying it.
        PrintStream console = AppLog.install(args);
        VECTORIZATION_LOG.setLevel(Level.SEVERE);
        JAVAFX_LOG.setFilter(record -> !isClassPathNotice(record));
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
            detail.printStackTrace(); // into the log file: System.err is the log now
        }
        System.err.println("Workbench not started (exit code " + failure.exitCode() + "): " + failure.message());
        console.println(failure.withLog(AppLog.where()));
        console.flush();
        System.exit(failure.exitCode());
    }
}
