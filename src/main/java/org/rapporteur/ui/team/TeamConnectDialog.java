package org.rapporteur.ui.team;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.ui.common.Icons;
import org.rapporteur.ui.common.Styles;

/**
 * File ▸ Connect to team…: a small window modal to the workbench over a {@link TeamConnectViewModel}. Every field
 * has a mnemonic (Alt+U URL, Alt+T Test, Alt+S shared folder, Alt+M move), Enter connects and Esc closes; while
 * connecting only Cancel works, and the window cannot be closed (the job undoes itself when cancelled).
 */
public final class TeamConnectDialog {
    public static final String URL_ID = "teamUrl";
    public static final String TEST_ID = "teamTest";
    public static final String PROBE_ID = "teamProbe";
    public static final String PASSWORD_NOTE_ID = "teamPasswordNote";
    public static final String FOLDER_ID = "teamSharedFolder";
    public static final String SAVE_PASSWORD_ID = "teamSavePassword";
    public static final String MOVE_ID = "teamMove";
    public static final String CONNECT_ID = "teamConnect";
    public static final String CANCEL_ID = "teamConnectCancel";
    public static final String OUTCOME_ID = "teamConnectOutcome";

    private final TeamConnectViewModel vm;
    private final Stage stage = new Stage();

    public TeamConnectDialog(TeamConnectViewModel vm, Window owner, List<String> stylesheets) {
        this.vm = vm;
        Label title = new Label("Connect to a team");
        title.getStyleClass().add(Styles.PANE_TITLE);
        Label intro = TeamDialogParts.note("The team's annotations live in one PostgreSQL database that every "
                + "analyst's workbench connects to; each change is recorded under your name and seen by the others "
                + "as you make it. The password comes from your PostgreSQL password file or PGPASSWORD.");

        TextField url = new TextField();
        url.setId(URL_ID);
        url.setPromptText(TeamUrls.PLACEHOLDER);
        url.textProperty().bindBidirectional(vm.urlProperty());
        Label urlLabel = new Label("Team _URL");
        urlLabel.setMnemonicParsing(true);
        urlLabel.setLabelFor(url);
        Button test = new Button("_Test", Icons.small(Material2MZ.NETWORK_CHECK));
        test.setId(TEST_ID);
        test.setMnemonicParsing(true);
        test.disableProperty().bind(vm.canTestProperty().not());
        test.setOnAction(e -> vm.test());

        Label probe = new Label();
        probe.setId(PROBE_ID);
        probe.setWrapText(true);
        probe.setMinHeight(Region.USE_PREF_SIZE);
        probe.textProperty().bind(vm.probeMessageProperty());
        probe.visibleProperty().bind(vm.probeMessageProperty().isNotEmpty());
        probe.managedProperty().bind(probe.visibleProperty());
        vm.probeStateProperty().addListener((o, a, s) -> styleProbe(probe, s));
        styleProbe(probe, vm.probeStateProperty().get());

        Label passwordNote = TeamDialogParts.note("");
        passwordNote.setId(PASSWORD_NOTE_ID);
        passwordNote.getStyleClass().add("team-warning");
        passwordNote.setGraphic(Icons.small(Material2MZ.VPN_KEY));
        passwordNote.textProperty().bind(vm.passwordNoteProperty());
        passwordNote.visibleProperty().bind(vm.passwordNoteProperty().isNotEmpty());
        passwordNote.managedProperty().bind(passwordNote.visibleProperty());

        CheckBox save = new CheckBox("Save the password in my password _file (readable only by me)");
        save.setId(SAVE_PASSWORD_ID);
        save.setMnemonicParsing(true);
        save.selectedProperty().bindBidirectional(vm.savePasswordProperty());
        save.visibleProperty().bind(vm.passwordNoteProperty().isNotEmpty());
        save.managedProperty().bind(save.visibleProperty());
        VBox passwordBox = new VBox(4, passwordNote, save);
        passwordBox.visibleProperty().bind(passwordNote.visibleProperty());
        passwordBox.managedProperty().bind(passwordBox.visibleProperty());

        TextField folder = new TextField();
        folder.setId(FOLDER_ID);
        folder.setPromptText("optional: this machine's copy of the team's reports");
        folder.textProperty().bindBidirectional(vm.sharedFolderProperty());
        Label folderLabel = new Label("_Shared folder");
        folderLabel.setMnemonicParsing(true);
        folderLabel.setLabelFor(folder);
        Button choose = new Button("C_hoose\u2026", Icons.small(Material2AL.FOLDER_OPEN));
        choose.setMnemonicParsing(true);
        choose.setOnAction(e -> chooseFolder());
        Label folderNote = TeamDialogParts.note("The folder where the team's reports are on this machine (a network "
                + "drive or a synced folder); reports are matched by their path inside it.");

        CheckBox move = new CheckBox("_Move this workspace's annotations into the team database");
        move.setId(MOVE_ID);
        move.setMnemonicParsing(true);
        move.selectedProperty().bindBidirectional(vm.moveAnnotationsProperty());
        Label moveNote = TeamDialogParts.note("Only into a team database that holds no annotations yet; they are "
                + "copied and checked, and this workspace's own file keeps them too.");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        form.addRow(0, urlLabel, url, test);
        form.add(probe, 1, 1, 2, 1);
        form.add(passwordBox, 1, 2, 2, 1);
        form.addRow(3, folderLabel, folder, choose);
        form.add(folderNote, 1, 4, 2, 1);
        VBox moveBox = new VBox(2, move, moveNote);
        moveNote.setPadding(new Insets(0, 0, 0, 26));

        VBox progress = TeamDialogParts.progress(vm.connectingProperty(), vm::cancel, CANCEL_ID);
        Label outcome = TeamDialogParts.outcome(vm.outcomeProperty(), vm.failedProperty(), OUTCOME_ID);

        Button connect = new Button("Connect", Icons.small(Material2AL.GROUP_ADD));
        connect.setId(CONNECT_ID);
        connect.setDefaultButton(true);
        connect.disableProperty().bind(vm.canConnectProperty().not());
        connect.setOnAction(e -> vm.connect());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.connectingProperty().isNotNull());
        close.setOnAction(e -> stage.close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, grow, connect, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        // fields are read-only while the job runs: what it uses is what was there when Connect was pressed
        form.disableProperty().bind(vm.connectingProperty().isNotNull().or(vm.connectedProperty()));
        move.disableProperty().bind(form.disableProperty());
        VBox root = new VBox(12, title, intro, form, moveBox, progress, outcome, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(640);
        root.getStyleClass().add("team-dialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Connect to team");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setOnCloseRequest(e -> {
            if (vm.connectingProperty().get() != null) {
                e.consume();
            }
        });
        stage.setOnShown(e -> url.requestFocus());
        TeamDialogParts.fitOnChange(stage, vm.probeMessageProperty(), vm.passwordNoteProperty(),
                vm.connectingProperty(), vm.outcomeProperty());
    }

    private static void styleProbe(Label probe, TeamConnectViewModel.ProbeState s) {
        probe.getStyleClass().removeAll(TeamDialogParts.OUTCOME, TeamDialogParts.OUTCOME_ERROR, Styles.MUTED);
        switch (s) {
            case OK -> {
                probe.getStyleClass().add(TeamDialogParts.OUTCOME);
                probe.setGraphic(Icons.small(Material2AL.CHECK_CIRCLE));
            }
            case REFUSED -> {
                probe.getStyleClass().addAll(TeamDialogParts.OUTCOME, TeamDialogParts.OUTCOME_ERROR);
                probe.setGraphic(Icons.small(Material2AL.ERROR_OUTLINE));
            }
            case RUNNING, NONE -> {
                probe.getStyleClass().add(Styles.MUTED);
                probe.setGraphic(null);
            }
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("The team's shared folder of reports");
        String current = vm.sharedFolderProperty().get();
        if (current != null && !current.isBlank() && Files.isDirectory(Path.of(current.strip()))) {
            chooser.setInitialDirectory(Path.of(current.strip()).toFile());
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            vm.sharedFolderProperty().set(dir.getAbsolutePath());
        }
    }

    /** Opens the dialog over {@code owner} for the workspace in {@code workspaceDir}. */
    public static TeamConnectDialog show(Window owner, TeamConnectViewModel vm) {
        List<String> sheets = owner != null && owner.getScene() != null ? owner.getScene().getStylesheets()
                : List.of();
        TeamConnectDialog d = new TeamConnectDialog(vm, owner, sheets);
        d.stage.show();
        return d;
    }

    public Stage stage() {
        return stage;
    }

    public TeamConnectViewModel viewModel() {
        return vm;
    }
}
