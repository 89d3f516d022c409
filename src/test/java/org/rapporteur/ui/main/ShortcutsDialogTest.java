package org.rapporteur.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+/: every key stands in one column, right-aligned, every action starts at one left edge after it; Esc closes. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsDialogTest {
    private Stage owner;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Start
    void start(Stage stage) {
        owner = FxTestSupport.showAsOwner(stage);
    }

    @Test
    void keysAndActionsStandInTwoAlignedColumnsAndEscapeCloses(FxRobot robot) {
        Alert alert = onFx(() -> {
            Alert a = ShortcutsDialog.create(owner, List.of(ShortcutsDialog.class.getResource(Styles.STYLESHEET)
                    .toExternalForm()));
            a.show();
            return a;
        });
        waitUntil(10, () -> alert.getDialogPane().lookup("#" + ShortcutsDialog.GRID_ID) != null
                && alert.getDialogPane().lookup("." + ShortcutsDialog.KEYS).getLayoutBounds().getWidth() > 0);
        List<Bounds> keys = boundsOf(alert, ShortcutsDialog.KEYS);
        List<Bounds> actions = boundsOf(alert, ShortcutsDialog.ACTION);
        long rows = ShortcutsDialog.ROWS.stream().filter(r -> r.keys() != null).count();
        assertEquals(rows, keys.size());
        assertEquals(rows, actions.size());
        double keysRight = keys.getFirst().getMaxX();
        double actionsLeft = actions.getFirst().getMinX();
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(keysRight, keys.get(i).getMaxX(), 1.0, "key " + i + " ends where the others do");
            assertEquals(actionsLeft, actions.get(i).getMinX(), 1.0, "action " + i + " starts where the others do");
        }
        assertTrue(actionsLeft > keysRight, "the actions start after the keys end");
        assertTrue(onFx(() -> alert.getDialogPane().lookupAll("." + ShortcutsDialog.KEYS).stream()
                .map(n -> (Label) n).noneMatch(l -> l.getWidth() + 0.5 < l.prefWidth(-1))), "no key is cut");

        robot.type(KeyCode.ESCAPE);
        waitUntil(10, () -> !alert.isShowing());
        assertFalse(onFx(alert::isShowing));
    }

    private static List<Bounds> boundsOf(Alert alert, String styleClass) {
        return onFx(() -> {
            Node grid = alert.getDialogPane().lookup("#" + ShortcutsDialog.GRID_ID);
            return grid.lookupAll("." + styleClass).stream().map(n -> n.getBoundsInParent()).toList();
        });
    }
}
