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
        Application.launch(App.class, args);
    }
}
