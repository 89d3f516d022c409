package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.rapporteur.ui.FxTestSupport.onFx;

import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main window carries the app's own icon, the square picture the installers carry, decoded without error. */
class WindowIconTest {
    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Test
    void theWindowGetsTheAppsIcon() {
        AtomicReference<Stage> stage = new AtomicReference<>();
        onFx(() -> {
            Stage s = new Stage();
            WindowIcon.apply(s);
            stage.set(s);
        });
        assertEquals(1, stage.get().getIcons().size(), "one icon on the window");
        Image icon = stage.get().getIcons().get(0);
        assertFalse(icon.isError(), "the icon decodes");
        assertEquals(icon.getWidth(), icon.getHeight(), "a square icon");
        assertEquals(256, icon.getWidth(), 0, "the installers' 256-pixel picture");
    }
}
