package org.rapporteur.ui.common;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * What every secondary window of the workbench (problems, orphaned annotations, …) does the same way: Esc closes it,
 * and it has a Close button, so nobody has to hunt for the window manager's cross.
 */
public final class SecondaryWindows {
    private SecondaryWindows() {
    }

    /**
     * Closes {@code stage} on Esc, unless something inside used the key first (a combo box closing its list, a table
     * cancelling an edit): the handler sits on the scene, so it sees only what bubbled up unconsumed.
     */
    public static void closeOnEscape(Stage stage) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
    }

    /** A Close button for {@code stage}; it is the window's cancel button, so Esc presses it too. */
    public static Button closeButton(Stage stage) {
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        return close;
    }
}
