package org.rapporteur.ui.export;

import java.io.File;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.ChooserFolders;
import org.rapporteur.ui.common.Icons;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * File ▸ Import…: chooses a JSON-LD annotation file or a REFI-QDA codebook/project, then shows the import's progress
 * (with Cancel) and what it did, in a small window modal to the workbench. The state lives in
 * {@link ImportViewModel}.
 */
public final class ImportDialog {
    public static final String ROOT_ID = "importDialog";
    public static final String OUTCOME_ID = "importOutcome";

    private final ImportViewModel vm;
    private final Stage stage = new Stage();

    public ImportDialog(ImportViewModel vm, Window owner, List<String> stylesheets) {
        this.vm = vm;
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label working = new Label();
        Button cancel = new Button("Cancel", Icons.small(Material2MZ.STOP));
        cancel.setOnAction(e -> vm.cancel());
        HBox progress = new HBox(8, bar, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        VBox running = new VBox(6, working, progress);
        vm.importingProperty().addListener((o, a, task) -> {
            bar.progressProperty().unbind();
            working.textProperty().unbind();
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                working.textProperty().bind(task.messageProperty());
            }
        });
        running.visibleProperty().bind(vm.importingProperty().isNotNull());
        running.managedProperty().bind(running.visibleProperty());

        Label outcome = new Label();
        outcome.setId(OUTCOME_ID);
        outcome.getStyleClass().add(ExportDialog.OUTCOME_CLASS);
        outcome.setWrapText(true);
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.visibleProperty().bind(vm.outcomeProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        vm.failedProperty().addListener((o, a, failed) -> {
            outcome.getStyleClass().remove(ExportDialog.OUTCOME_ERROR_CLASS);
            if (failed) {
                outcome.getStyleClass().add(ExportDialog.OUTCOME_ERROR_CLASS);
            }
            outcome.setGraphic(Icons.small(failed ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE));
        });

        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.disableProperty().bind(vm.importingProperty().isNotNull());
        close.setOnAction(e -> stage.close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label title = new Label("Import annotations");
        title.getStyleClass().add(Styles.PANE_TITLE);
        VBox root = new VBox(12, title, running, outcome, new HBox(grow, close));
        root.setId(ROOT_ID);
        root.setPadding(new Insets(14));
        root.setPrefWidth(520);
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Import");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        // An import undoes itself when cancelled; closing mid-way would hide that, so Close waits (see above).
        stage.setOnCloseRequest(e -> {
            if (vm.importingProperty().get() != null) {
                e.consume();
            }
        });
    }

    /** Asks for a file and, if one is chosen, imports it with this dialog showing progress and the outcome. */
    public static void chooseAndImport(Window owner, Workspace workspace, BackgroundTasks tasks) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import annotations or a codebook");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Annotations and codebooks", "*.jsonld", "*.json", "*.qdc",
                        "*.qdpx"),
                new FileChooser.ExtensionFilter("Rapporteur annotations (W3C Web Annotation JSON-LD)",
                        ImportViewModel.ANNOTATION_PATTERNS),
                new FileChooser.ExtensionFilter("REFI-QDA codebook or project", ImportViewModel.CODEBOOK_PATTERNS));
        ChooserFolders folders = new ChooserFolders(workspace, tasks.executor());
        chooser.setInitialDirectory(folders.initial(ChooserFolders.Purpose.IMPORT));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        folders.chosen(ChooserFolders.Purpose.IMPORT, file.toPath());
        importFile(owner, workspace, tasks, file.toPath());
    }

    /**
     * Imports {@code file} with this dialog showing progress and the outcome: File ▸ Import… once a file is chosen,
     * and a file opened with Rapporteur from the file manager ({@code --import FILE}, ADR 0026).
     */
    public static ImportDialog importFile(Window owner, Workspace workspace, BackgroundTasks tasks,
            java.nio.file.Path file) {
        List<String> sheets = owner != null && owner.getScene() != null ? owner.getScene().getStylesheets()
                : List.of();
        ImportDialog dialog = new ImportDialog(new ImportViewModel(workspace, tasks), owner, sheets);
        dialog.vm.importFile(file);
        dialog.stage.show();
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    public ImportViewModel viewModel() {
        return vm;
    }
}
