package org.rapporteur.ui;

import java.io.PrintStream;

import javafx.application.Application;
import org.rapporteur.applog.AppLog;

/**
 * The workbench's main class for class-path launches ({@code bin/rapporteur} without arguments). A plain class, not
 * an {@link Application}, because the JavaFX launcher refuses an Application main class on the class path.
 *
 * <p>Arguments: {@code --workspace DIR} (else {@code RAPPORTEUR_WORKSPACE}, else the per-user data folder) and
 * {@code --screenshots DIR} (drive the window through its main views, write PNGs there, and exit).
 *
 * <p>The workbench logs to the command line's file ({@link AppLog}): its console stays quiet, and the notices of
 * JavaFX (loaded from the class path) and Lucene (no vector module, ADR 0020) are written there once each (ADR 0029).
 */
public final class WorkbenchLauncher {
    /** The real console, for what must reach the user when no window can show it. */
    static volatile PrintStream console = System.err;

    private WorkbenchLauncher() {
    }

    public static void main(String[] args) {
        console = AppLog.install(args); // first: everything a library says from here on goes to the log file
        App.markLaunch();
        // The workspace opens while JavaFX starts: on two cores the two overlap instead of following each other.
        WorkspaceOpening.startEarly(App.workspaceDir(java.util.List.of(args)));
        Application.launch(App.class, args);
    }
}
