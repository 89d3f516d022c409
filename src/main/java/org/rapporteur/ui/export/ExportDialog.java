package org.rapporteur.ui.export;

import java.io.File;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.ChooserFolders;
import org.rapporteur.ui.common.Icons;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.reader.ReaderViewModel;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The export dialog (Ctrl+E): what to export, the format and its options on the left; a live preview of the output
 * on the right; a progress bar with Cancel and a summary of the written file at the bottom. A window of its own,
 * modal to the workbench; closing it cancels what still runs. The state lives in {@link ExportDialogViewModel}.
 */
public final class ExportDialog {
    public static final String ROOT_ID = "exportDialog";
    public static final String FORMAT_ID = "exportFormat";
    public static final String PREVIEW_ID = "exportPreview";
    public static final String EXPORT_ID = "exportButton";
    public static final String CANCEL_ID = "exportCancel";
    public static final String OUTCOME_ID = "exportOutcome";

    static final String PREVIEW_CLASS = "export-preview";
    static final String CHOICES_CLASS = "export-choices";
    static final String DETAIL_CLASS = "export-detail";
    static final String OUTCOME_CLASS = "export-outcome";
    static final String OUTCOME_ERROR_CLASS = "export-outcome-error";

    private final ExportDialogViewModel vm;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Map<ExportScope, RadioButton> scopeButtons = new EnumMap<>(ExportScope.class);
    private final Map<ExportScope, Label> scopeDetails = new EnumMap<>(ExportScope.class);

    public ExportDialog(ExportDialogViewModel vm, Window owner, List<String> stylesheets) {
        this.vm = vm;
        root.setId(ROOT_ID);
        root.setLeft(choices());
        root.setCenter(preview());
        root.setBottom(bottom());
        Scene scene = new Scene(root, 1000, 640);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Export");
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setOnHidden(e -> vm.close());
    }

    /** Opens the dialog over {@code owner} and starts loading its choices and preview. */
    public static ExportDialog show(Window owner, Workspace workspace, BackgroundTasks tasks, ExportSources sources) {
        List<String> sheets = owner != null && owner.getScene() != null ? owner.getScene().getStylesheets()
                : List.of(ExportDialog.class.getResource(Styles.STYLESHEET).toExternalForm());
        ExportDialog dialog = new ExportDialog(new ExportDialogViewModel(workspace, tasks, sources), owner, sheets);
        dialog.viewModel().load();
        dialog.stage().show();
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    public Parent root() {
        return root;
    }

    public ExportDialogViewModel viewModel() {
        return vm;
    }

    // ---- left: what, format, options ----------------------------------------------------------------------------

    private VBox choices() {
        ToggleGroup group = new ToggleGroup();
        VBox what = new VBox(6);
        for (ExportScope s : ExportScope.values()) {
            RadioButton b = new RadioButton(s.label());
            b.setId("exportScope-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(s);
            b.setSelected(vm.scopeProperty().get() == s);
            Label detail = new Label();
            detail.getStyleClass().addAll(Styles.MUTED, DETAIL_CLASS);
            detail.setWrapText(true);
            scopeButtons.put(s, b);
            scopeDetails.put(s, detail);
            VBox one = new VBox(2, b, detail);
            if (s == ExportScope.TAG) {
                one.getChildren().add(tagChoice());
            } else if (s == ExportScope.REPORT) {
                one.getChildren().add(reportChoice());
            }
            what.getChildren().add(one);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.scopeProperty().set((ExportScope) t.getUserData());
            }
        });
        vm.scopeProperty().addListener((o, a, s) -> scopeButtons.get(s).setSelected(true));
        vm.tags().addListener((javafx.collections.ListChangeListener<String>) c -> refreshScopes());
        vm.reports().addListener((javafx.collections.ListChangeListener<ReportSummary>) c -> refreshScopes());
        refreshScopes();

        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId(FORMAT_ID);
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.label() + "  (." + f.extension() + ")";
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setMaxWidth(Double.MAX_VALUE);

        CheckBox bom = new CheckBox("Start with a byte order mark (for Excel)");
        bom.selectedProperty().bindBidirectional(vm.byteOrderMarkProperty());
        ToggleGroup groupBy = new ToggleGroup();
        RadioButton byTag = new RadioButton("tag");
        RadioButton bySpeaker = new RadioButton("speaker");
        byTag.setToggleGroup(groupBy);
        bySpeaker.setToggleGroup(groupBy);
        byTag.setUserData(ExportOptions.GroupBy.TAG);
        bySpeaker.setUserData(ExportOptions.GroupBy.SPEAKER);
        (vm.groupByProperty().get() == ExportOptions.GroupBy.SPEAKER ? bySpeaker : byTag).setSelected(true);
        groupBy.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.groupByProperty().set((ExportOptions.GroupBy) t.getUserData());
            }
        });
        HBox grouping = new HBox(10, new Label("Group excerpts by"), byTag, bySpeaker);
        grouping.setAlignment(Pos.CENTER_LEFT);
        Label none = new Label("This format has no options.");
        none.getStyleClass().add(Styles.MUTED);
        Runnable options = () -> {
            show(bom, vm.hasByteOrderMark());
            show(grouping, vm.hasGrouping());
            show(none, !vm.hasByteOrderMark() && !vm.hasGrouping());
        };
        vm.formatProperty().addListener((o, a, f) -> options.run());
        options.run();

        VBox box = new VBox(8, heading("What to export"), what, heading("Format"), format, heading("Options"), bom,
                grouping, none);
        box.getStyleClass().add(CHOICES_CLASS);
        box.setPrefWidth(360);
        box.setMinWidth(300);
        box.setPadding(new Insets(12, 14, 12, 14));
        return box;
    }

    private ComboBox<String> tagChoice() {
        ComboBox<String> tags = new ComboBox<>(vm.tags());
        tags.setId("exportTag");
        tags.valueProperty().bindBidirectional(vm.tagProperty());
        tags.setMaxWidth(Double.MAX_VALUE);
        tags.setPromptText("Choose a tag");
        tags.disableProperty().bind(vm.scopeProperty().isNotEqualTo(ExportScope.TAG));
        VBox.setMargin(tags, new Insets(2, 0, 0, 26));
        return tags;
    }

    private ComboBox<ReportSummary> reportChoice() {
        ComboBox<ReportSummary> reports = new ComboBox<>(vm.reports());
        reports.setId("exportReport");
        reports.valueProperty().bindBidirectional(vm.reportProperty());
        reports.setMaxWidth(Double.MAX_VALUE);
        reports.setPromptText("Choose a report");
        reports.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportSummary r) {
                return r == null ? "" : ReaderViewModel.title(r);
            }

            @Override
            public ReportSummary fromString(String s) {
                return null;
            }
        });
        reports.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReportSummary r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : ReaderViewModel.title(r)
                        + (r.organisation() == null || r.organisation().isBlank() ? "" : " — " + r.organisation()));
            }
        });
        reports.disableProperty().bind(vm.scopeProperty().isNotEqualTo(ExportScope.REPORT));
        VBox.setMargin(reports, new Insets(2, 0, 0, 26));
        return reports;
    }

    private void refreshScopes() {
        for (ExportScope s : ExportScope.values()) {
            scopeButtons.get(s).setDisable(!vm.available(s));
            scopeDetails.get(s).setText(vm.detail(s));
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add(Styles.INSPECTOR_LABEL);
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static void show(javafx.scene.Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    // ---- right: preview -----------------------------------------------------------------------------------------

    private VBox preview() {
        Label title = new Label("Preview");
        title.getStyleClass().add(Styles.PANE_TITLE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.previewLoadingProperty());
        Label counts = new Label();
        counts.getStyleClass().add(Styles.MUTED);
        counts.textProperty().bind(vm.previewCountsProperty());
        counts.setMinWidth(0);
        HBox header = new HBox(8, title, busy, counts);
        header.setAlignment(Pos.CENTER_LEFT);

        TextArea text = new TextArea();
        text.setId(PREVIEW_ID);
        text.setEditable(false);
        text.getStyleClass().add(PREVIEW_CLASS);
        text.textProperty().bind(Bindings.when(vm.loadedProperty()).then(vm.previewProperty())
                .otherwise("Reading the codebook and the reports…"));
        text.setWrapText(false);
        VBox.setVgrow(text, Priority.ALWAYS);
        Label note = new Label("The first " + ExportPreviews.PREVIEW_LINES
                + " lines of the file, as it would be written now.");
        note.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(6, header, text, note);
        box.setPadding(new Insets(12, 14, 8, 4));
        return box;
    }

    // ---- bottom: progress, outcome, buttons ---------------------------------------------------------------------

    private VBox bottom() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        Label working = new Label();
        working.setMinWidth(0);
        Button cancel = new Button("Cancel export", Icons.small(Material2MZ.STOP));
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> vm.cancelExport());
        HBox progress = new HBox(8, bar, working, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        vm.exportingProperty().addListener((o, a, task) -> {
            bar.progressProperty().unbind();
            working.textProperty().unbind();
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                working.textProperty().bind(task.messageProperty());
            }
        });
        progress.visibleProperty().bind(vm.exportingProperty().isNotNull());
        progress.managedProperty().bind(progress.visibleProperty());

        Label outcome = new Label();
        outcome.setId(OUTCOME_ID);
        outcome.getStyleClass().add(OUTCOME_CLASS);
        outcome.setWrapText(true);
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.visibleProperty().bind(vm.outcomeProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        outcome.setGraphic(Icons.small(Material2AL.CHECK_CIRCLE));
        vm.failedProperty().addListener((o, a, failed) -> {
            outcome.getStyleClass().remove(OUTCOME_ERROR_CLASS);
            if (failed) {
                outcome.getStyleClass().add(OUTCOME_ERROR_CLASS);
            }
            outcome.setGraphic(Icons.small(failed ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE));
        });

        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button export = new Button("Export…", Icons.small(Material2MZ.SAVE_ALT));
        export.setId(EXPORT_ID);
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.canExportProperty().not());
        export.setOnAction(e -> chooseFileAndExport());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, grow, close, export);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, outcome, buttons);
        box.setPadding(new Insets(8, 14, 12, 14));
        box.getStyleClass().add(Styles.STATUS_BAR);
        return box;
    }

    private void chooseFileAndExport() {
        ExportFormat f = vm.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + f.label());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label() + " (*." + f.extension() + ")",
                "*." + f.extension()));
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.setInitialDirectory(vm.folders().initial(ChooserFolders.Purpose.EXPORT));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            vm.folders().chosen(ChooserFolders.Purpose.EXPORT, file.toPath());
            vm.export(ExportDialogViewModel.withExtension(file.toPath(), f));
        }
    }
}
