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
 * A background job's part of the status bar: a progress bar, what it is doing and a Cancel button, shown while its
 * task runs and hidden otherwise. One for indexing ({@link IndexTask}), one for embedding ({@link EmbedTask}).
 */
public final class TaskStatusView extends HBox {
    public static final String CANCEL_ID = "cancelIndexing";
    public static final String CANCEL_EMBEDDING_ID = "cancelEmbedding";

    public TaskStatusView(ReadOnlyObjectProperty<IndexTask> running) {
        this(running, CANCEL_ID, "Stop indexing after the current file; what is done is kept", null);
    }

    /** {@code onCancel}: what Cancel does (the owner may need to know it was the user); null cancels the task. */
    public TaskStatusView(ReadOnlyObjectProperty<? extends javafx.concurrent.Task<?>> running, String cancelId,
                          String cancelTip, Runnable onCancel) {
        super(8);
        setAlignment(Pos.CENTER_RIGHT);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        Label file = new Label();
        file.setMaxWidth(280);
        file.setMinWidth(60);
        Button cancel = new Button("Cancel", Icons.small(Material2MZ.STOP));
        cancel.setId(cancelId);
        cancel.getStyleClass().add("small");
        cancel.setTooltip(new Tooltip(cancelTip));
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
                    if (onCancel == null) {
                        task.cancel();
                    } else {
                        onCancel.run();
                    }
                    cancel.setDisable(true);
                });
                cancel.disableProperty().unbind();
                cancel.setDisable(false);
            }
        });
    }
}
