package org.rapporteur.ui.team;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.ui.common.Icons;

/**
 * A bar above the work area when another analyst's change replaced an edit of yours: the sentence of
 * {@link ConflictNoticeViewModel}, "Put mine back" and "Dismiss". Hidden while there is nothing to tell.
 */
public final class ConflictNotice extends HBox {
    public static final String ID = "conflictNotice";
    public static final String PUT_BACK_ID = "putMineBack";

    public ConflictNotice(ConflictNoticeViewModel vm) {
        super(10);
        setId(ID);
        getStyleClass().add("conflict-notice");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        Label text = new Label();
        text.setWrapText(true);
        text.setGraphic(Icons.small(Material2MZ.WARNING));
        text.textProperty().bind(vm.textProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button putBack = new Button("Put mine back", Icons.small(Material2MZ.RESTORE));
        putBack.setId(PUT_BACK_ID);
        putBack.disableProperty().bind(vm.canPutBackProperty().not());
        putBack.setOnAction(e -> vm.putBack());
        Button dismiss = new Button("Dismiss", Icons.small(Material2AL.CLOSE));
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> vm.dismiss());
        getChildren().addAll(text, putBack, dismiss);
        visibleProperty().bind(vm.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
