package org.rapporteur.ui;

import javafx.application.Application;

/**
 * The workbench's main class for class-path launches ({@code bin/rapporteur} without arguments). A plain class, not
 * an {@link Application}, because the JavaFX launcher refuses an Application main class on the class path.
 *
 * <p>Arguments: {@code --workspace DIR} (else {@code RAPPORTEUR_WORKSPACE}, else the per-user data folder) and
 * {@code --screenshots DIR} (drive the window through its main views, write PNGs there, and exit).
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    public static void main(String[] args) {
        App.markLaunch();
        // The workspace opens while JavaFX starts: on two cores the two overlap instead of following each other.
        WorkspaceOpening.startEarly(App.workspaceDir(java.util.List.of(args)));
        Application.launch(App.class, args);
    }
}
