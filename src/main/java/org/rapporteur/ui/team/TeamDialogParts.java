package org.rapporteur.ui.team;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.ui.common.Icons;

/** The pieces both team dialogs show: a running job's progress with Cancel, and how it ended. */
final class TeamDialogParts {
    static final String OUTCOME = "team-outcome";
    static final String OUTCOME_ERROR = "team-outcome-error";
    static final String NOTE = "team-note";

    private TeamDialogParts() {
    }

    /** What the job is doing, its progress bar and Cancel; shown while {@code running} holds a task. */
    static VBox progress(ReadOnlyObjectProperty<? extends Task<?>> running, Runnable cancel, String cancelId) {
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label working = new Label();
        working.setWrapText(true);
        working.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button stop = new Button("Cancel", Icons.small(Material2MZ.STOP));
        stop.setId(cancelId);
        stop.setOnAction(e -> {
            cancel.run();
            stop.setDisable(true);
        });
        HBox row = new HBox(8, bar, stop);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, working, row);
        running.addListener((o, a, task) -> {
            bar.progressProperty().unbind();
            working.textProperty().unbind();
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                working.textProperty().bind(task.messageProperty());
                stop.setDisable(false);
            }
        });
        box.visibleProperty().bind(running.isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** How the job ended: a tick or a warning sign and the sentence; hidden while empty. */
    static Label outcome(ObservableStringValue text, ReadOnlyBooleanProperty failed, String id) {
        Label outcome = new Label();
        outcome.setId(id);
        outcome.setWrapText(true);
        outcome.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        outcome.getStyleClass().add(OUTCOME);
        outcome.textProperty().bind(text);
        outcome.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> text.get() != null && !text.get().isEmpty(), text));
        outcome.managedProperty().bind(outcome.visibleProperty());
        Runnable style = () -> {
            outcome.getStyleClass().remove(OUTCOME_ERROR);
            if (failed.get()) {
                outcome.getStyleClass().add(OUTCOME_ERROR);
            }
            outcome.setGraphic(Icons.small(failed.get() ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE));
        };
        failed.addListener((o, a, b) -> style.run());
        style.run();
        return outcome;
    }

    /**
     * Keeps {@code stage} fitted to its content when a message appears or goes (a Test's answer, progress, the
     * outcome): a stage keeps its first size otherwise, and a sentence would be cut.
     */
    static void fitOnChange(javafx.stage.Stage stage, javafx.beans.Observable... changes) {
        for (javafx.beans.Observable o : changes) {
            o.addListener(x -> javafx.application.Platform.runLater(() -> {
                if (stage.isShowing()) {
                    stage.sizeToScene();
                }
            }));
        }
    }

    /** A muted explanation that wraps. */
    static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        // its whole text, on as many lines as it needs: a wrapping label otherwise shrinks to one cut line
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add(NOTE);
        return l;
    }
}
