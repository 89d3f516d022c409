package org.rapporteur.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;

/**
 * The workbench's main class for class-path launches ({@code bin/rapporteur} without arguments). A plain class, not
 * an {@link Application}, because the JavaFX launcher refuses an Application main class on the class path.
 *
 * <p>Arguments: {@code --workspace DIR} (else {@code RAPPORTEUR_WORKSPACE}, else the per-user data folder),
 * {@code --screenshots DIR} (drive the window through its main views, write PNGs there, and exit) and
 * {@code --import FILE} (import a REFI-QDA or annotation file once the workspace is open, with the import dialog).
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
        VECTORIZATION_LOG.setLevel(Level.SEVERE);
        JAVAFX_LOG.setFilter(record -> !isClassPathNotice(record));
        App.markLaunch();
        // The workspace opens while JavaFX starts: on two cores the two overlap instead of following each other.
        WorkspaceOpening.startEarly(App.workspaceDir(java.util.List.of(args)));
        Application.launch(App.class, args);
    }
}
