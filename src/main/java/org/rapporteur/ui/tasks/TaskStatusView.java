package org.rapporteur.ui.tasks;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.ui.common.Icons;

/**
 * The indexing part of the status bar: a progress bar, the file being read and a Cancel button, shown while an
 * {@link IndexTask} runs and hidden otherwise.
 */
public final class TaskStatusView extends HBox {
    public static final String CANCEL_ID = "cancelIndexing";

    public TaskStatusView(ReadOnlyObjectProperty<IndexTask> running) {
        super(8);
        setAlignment(Pos.CENTER_RIGHT);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        Label file = new Label();
        file.setMaxWidth(280);
        file.setMinWidth(60);
        Button cancel = new Button("Cancel", Icons.small(Material2MZ.STOP));
        cancel.setId(CANCEL_ID);
        cancel.getStyleClass().add("small");
        cancel.setTooltip(new Tooltip("Stop indexing after the current file; what is done is kept"));
        getChildren().addAll(file, bar, cancel);
        visibleProperty().bind(running.isNotNull());
        managedProperty().bind(visibleProperty());
        running.addListener((o, old, task) -> {
            bar.progressProperty().unbind();
            file.textProperty().unbind();
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                file.textProperty().bind(task.messageProperty());
                cancel.setOnAction(e -> {
                    task.cancel();
                    cancel.setDisable(true);
                });
                cancel.disableProperty().unbind();
                cancel.setDisable(false);
            }
        });
    }
}
