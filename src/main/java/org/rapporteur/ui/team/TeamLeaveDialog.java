package org.rapporteur.ui.team;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.rapporteur.ui.common.Icons;
import org.rapporteur.ui.common.Styles;

/**
 * File ▸ Leave team…: a small window modal to the workbench over a {@link TeamLeaveViewModel}: "Copy the team's
 * annotations into this workspace" (Alt+C), Leave (Enter) and Close (Esc); while leaving only Cancel works.
 */
public final class TeamLeaveDialog {
    public static final String COPY_ID = "teamCopy";
    public static final String LEAVE_ID = "teamLeave";
    public static final String CANCEL_ID = "teamLeaveCancel";
    public static final String OUTCOME_ID = "teamLeaveOutcome";

    private final TeamLeaveViewModel vm;
    private final Stage stage = new Stage();

    public TeamLeaveDialog(TeamLeaveViewModel vm, String location, Window owner, List<String> stylesheets) {
        this.vm = vm;
        Label title = new Label("Leave the team");
        title.getStyleClass().add(Styles.PANE_TITLE);
        Label intro = TeamDialogParts.note("This workspace keeps its annotations in "
                + (location == null || location.isBlank() ? "the team database" : location)
                + ". After leaving it keeps them in its own file again; the team database and the other analysts "
                + "are not changed.");
        CheckBox copy = new CheckBox("_Copy the team's annotations into this workspace");
        copy.setId(COPY_ID);
        copy.setMnemonicParsing(true);
        copy.selectedProperty().bindBidirectional(vm.copyAnnotationsProperty());
        Label copyNote = TeamDialogParts.note("Copied and checked before the workspace leaves; without it, this "
                + "workspace goes back to the annotations it had before it joined.");
        copyNote.setPadding(new Insets(0, 0, 0, 26));
        VBox progress = TeamDialogParts.progress(vm.leavingProperty(), vm::cancel, CANCEL_ID);
        Label outcome = TeamDialogParts.outcome(vm.outcomeProperty(), vm.failedProperty(), OUTCOME_ID);

        Button leave = new Button("Leave team", Icons.small(Material2AL.EXIT_TO_APP));
        leave.setId(LEAVE_ID);
        leave.setDefaultButton(true);
        leave.disableProperty().bind(vm.leavingProperty().isNotNull().or(vm.leftProperty()));
        leave.setOnAction(e -> vm.leave());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.leavingProperty().isNotNull());
        close.setOnAction(e -> stage.close());
        copy.disableProperty().bind(leave.disableProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, grow, leave, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, title, intro, new VBox(2, copy, copyNote), progress, outcome, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Leave team");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        TeamDialogParts.fitOnChange(stage, vm.leavingProperty(), vm.outcomeProperty());
        stage.setOnCloseRequest(e -> {
            if (vm.leavingProperty().get() != null) {
                e.consume();
            }
        });
    }

    public static TeamLeaveDialog show(Window owner, TeamLeaveViewModel vm, String location) {
        List<String> sheets = owner != null && owner.getScene() != null ? owner.getScene().getStylesheets()
                : List.of();
        TeamLeaveDialog d = new TeamLeaveDialog(vm, location, owner, sheets);
        d.stage.show();
        return d;
    }

    public Stage stage() {
        return stage;
    }

    public TeamLeaveViewModel viewModel() {
        return vm;
    }
}
