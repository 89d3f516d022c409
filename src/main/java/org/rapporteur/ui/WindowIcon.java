package org.rapporteur.ui;

import java.io.InputStream;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's icon (the one the installers carry, drawn by {@code src/main/packaging/DrawIcon.java}) on the main window,
 * so the title bar and the task switcher show Rapporteur's icon rather than a generic one. FX thread.
 */
final class WindowIcon {
    private static final Logger LOG = LoggerFactory.getLogger(WindowIcon.class);
    static final String RESOURCE = "rapporteur.png";

    private WindowIcon() {
    }

    /** Sets the icon on {@code stage}; a build without it only logs, the window opens all the same. */
    static void apply(Stage stage) {
        try (InputStream in = WindowIcon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("The window icon {} is not in this build", RESOURCE);
                return;
            }
            Image icon = new Image(in);
            if (!icon.isError()) {
                stage.getIcons().setAll(icon);
            }
        } catch (java.io.IOException e) {
            LOG.warn("Reading the window icon failed", e);
        }
    }
}
