package org.rapporteur.ui.welcome;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.pipeline.SampleReports;
import org.rapporteur.ui.common.Icons;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.tasks.IndexTask;

/**
 * The welcome page (ADR 0027): what Rapporteur does in one line, four large actions — open the sample reports, add a
 * folder, add files, open another workspace — the hint that files can be dropped anywhere on the window, and, while the
 * corpus is being indexed, the run's progress, current file and Cancel in place. The add and open actions are the
 * main window's own (the File menu's), handed in; the page adds no second way of doing them. Scrolls when the window
 * is too small for it. Every action is a focusable button with its description as accessible text.
 */
public final class WelcomeView extends ScrollPane {
    public static final String ID = "welcomePage";
    public static final String SAMPLES_ID = "welcomeSamples";
    public static final String ADD_FOLDER_ID = "welcomeAddFolder";
    public static final String ADD_FILES_ID = "welcomeAddFiles";
    public static final String OPEN_WORKSPACE_ID = "welcomeOpenWorkspace";
    public static final String PROGRESS_ID = "welcomeProgress";
    public static final String CANCEL_ID = "welcomeCancel";
    public static final String LOOKED_IN_ID = "welcomeLookedIn";

    /** The main window's actions the page offers (each also in the File menu). */
    public record Actions(Runnable addFolder, Runnable addFiles, Runnable openWorkspace) {
    }

    private static final double COLUMN_WIDTH = 760;

    private final WelcomeViewModel vm;
    private final Button samples;
    private final Label samplesLine = new Label();
    private boolean focusWhenLookedUp;

    public WelcomeView(WelcomeViewModel vm, Actions actions) {
        this.vm = vm;
        setId(ID);
        getStyleClass().add("welcome-page");
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = new Label("Welcome to Rapporteur");
        title.getStyleClass().add("welcome-title");
        Label what = new Label("Rapporteur reads policy reports — PDF, Word, HTML, Markdown, text — and splits them "
                + "into claims: who said what, about which countries and themes. Search them, tag and link them, "
                + "and export excerpts that cite their source.");
        what.setWrapText(true);
        what.getStyleClass().add("welcome-lead");
        Label start = new Label("This workspace has no reports yet. Start with one of these:");
        start.setWrapText(true);

        samples = action(SAMPLES_ID, Material2MZ.PLAY_CIRCLE_OUTLINE, "Open the sample reports", samplesLine,
                vm::openSamples);
        samples.getStyleClass().add("welcome-main-action");
        Button folder = action(ADD_FOLDER_ID, Material2AL.CREATE_NEW_FOLDER, "Add a folder…",
                line("Your reports are read where they are (Ctrl+Shift+O)."), actions.addFolder());
        Button files = action(ADD_FILES_ID, Material2AL.INSERT_DRIVE_FILE, "Add files…",
                line("Copied into this workspace's imports folder (Ctrl+O)."), actions.addFiles());
        Button workspace = action(OPEN_WORKSPACE_ID, Material2AL.FOLDER_OPEN, "Open a workspace…",
                line("One you or a colleague already filled, or an empty folder for a new one."),
                actions.openWorkspace());
        if (actions.openWorkspace() == null) {
            workspace.setDisable(true);
        }
        samplesLine.textProperty().bind(Bindings.createStringBinding(
                () -> WelcomeViewModel.samplesLine(vm.samplesProperty().get()), vm.samplesProperty()));
        samplesLine.getStyleClass().add(Styles.MUTED);
        samples.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SampleReports s = vm.samplesProperty().get();
            return s == null || !s.available() || vm.indexingProperty().get() != null;
        }, vm.samplesProperty(), vm.indexingProperty()));
        samples.accessibleTextProperty().bind(Bindings.concat("Open the sample reports. ", samplesLine.textProperty()));
        vm.samplesProperty().addListener((o, a, s) -> {
            samplesLine.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unavailable"),
                    s != null && !s.available());
            if (focusWhenLookedUp && s != null) {
                focusWhenLookedUp = false;
                focusFirstAction();
            }
        });

        GridPane grid = new GridPane();
        grid.getStyleClass().add("welcome-actions");
        grid.setHgap(14);
        grid.setVgap(14);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            half.setFillWidth(true);
            grid.getColumnConstraints().add(half);
            // a row is as tall as its taller card, both cards filling it; never taller
            javafx.scene.layout.RowConstraints row = new javafx.scene.layout.RowConstraints();
            row.setVgrow(Priority.NEVER);
            row.setFillHeight(true);
            grid.getRowConstraints().add(row);
        }
        grid.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(samples, 0, 0);
        grid.add(folder, 1, 0);
        grid.add(files, 0, 1);
        grid.add(workspace, 1, 1);
        for (Node n : grid.getChildren()) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setFillWidth(n, true);
        }

        Label drop = new Label("Or drop files and folders anywhere on this window.",
                Icons.of(Material2AL.GET_APP));
        drop.setWrapText(true);
        drop.getStyleClass().add(Styles.MUTED);

        VBox progress = progressPane();
        Label lookedIn = new Label();
        lookedIn.setId(LOOKED_IN_ID);
        lookedIn.setWrapText(true);
        lookedIn.getStyleClass().add("welcome-looked-in");
        lookedIn.textProperty().bind(vm.lookedInProperty());
        lookedIn.visibleProperty().bind(lookedIn.textProperty().isNotEmpty());
        lookedIn.managedProperty().bind(lookedIn.visibleProperty());

        Label where = new Label("Workspace: " + vm.workspaceDir());
        where.setWrapText(true);
        where.getStyleClass().addAll(Styles.MUTED, "welcome-workspace");

        VBox column = new VBox(16, title, what, start, grid, progress, lookedIn, drop, where);
        column.getStyleClass().add("welcome-column");
        // a width of its own (at most 760, less in a narrow window): wrapped lines are measured at the width they
        // are drawn at, not at the width of their text on one line
        column.setPrefWidth(COLUMN_WIDTH);
        column.setMaxWidth(COLUMN_WIDTH);
        column.setFillWidth(true);
        for (Node n : column.getChildren()) {
            if (n instanceof Label l) {
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        VBox centre = new VBox(column);
        centre.setAlignment(Pos.TOP_CENTER);
        centre.getStyleClass().add("welcome-background");
        setContent(centre);
        vm.lookForSamples();
    }

    /** The run's progress in place: what it is doing, a bar, the current file and Cancel; hidden when none runs. */
    private VBox progressPane() {
        Label line = new Label();
        line.getStyleClass().add("welcome-progress-line");
        line.textProperty().bind(vm.progressLineProperty());
        line.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel", Icons.small(Material2MZ.STOP));
        cancel.setId(CANCEL_ID);
        cancel.setAccessibleText("Cancel indexing: stop after the current file, keeping what is done");
        cancel.setOnAction(e -> {
            vm.cancel();
            cancel.setDisable(true);
        });
        Label file = new Label();
        file.getStyleClass().add(Styles.MUTED);
        file.setMinWidth(0);
        HBox barRow = new HBox(10, bar, cancel);
        barRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, line, barRow, file);
        box.setId(PROGRESS_ID);
        box.getStyleClass().add("welcome-progress");
        box.visibleProperty().bind(vm.indexingProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        vm.indexingProperty().addListener((o, old, task) -> follow(task, bar, file, cancel));
        follow(vm.indexingProperty().get(), bar, file, cancel);
        return box;
    }

    private static void follow(IndexTask task, ProgressBar bar, Label file, Button cancel) {
        bar.progressProperty().unbind();
        file.textProperty().unbind();
        if (task != null) {
            bar.progressProperty().bind(task.progressProperty());
            // the task's message names the file in hand after a " · " ("Indexing 2/5 · seminar.pdf"); its other
            // messages say what the bold line above already says
            file.textProperty().bind(Bindings.createStringBinding(() -> {
                String m = task.getMessage();
                int at = m == null ? -1 : m.indexOf(" · ");
                return at < 0 ? "" : "Reading " + m.substring(at + 3);
            }, task.messageProperty()));
            cancel.setDisable(false);
        }
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    /** A large button: an icon, a title and a line of explanation; Enter or Space runs it. */
    private static Button action(String id, Ikon icon, String title, Label explanation, Runnable run) {
        Label heading = new Label(title);
        heading.getStyleClass().add("welcome-action-title");
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox text = new VBox(4, heading, explanation);
        FontIcon glyph = new FontIcon(icon);
        glyph.setIconSize(28);
        glyph.getStyleClass().add("welcome-action-icon");
        HBox content = new HBox(14, glyph, text);
        content.setAlignment(Pos.TOP_LEFT);
        Button b = new Button(null, content);
        // The graphic is the whole content, and its height depends on its width (the explanation wraps): wrapText
        // makes the button say so (a horizontal content bias), else its layout asks its height at no width, where
        // the explanation wraps a word per line (435 pixels instead of 83)
        b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        b.setWrapText(true);
        b.setId(id);
        b.getStyleClass().add("welcome-action");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setAlignment(Pos.TOP_LEFT);
        b.setMnemonicParsing(false);
        b.setAccessibleText(title + " " + explanation.getText());
        b.setOnAction(e -> {
            if (run != null) {
                run.run();
            }
        });
        b.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                b.fire();
                e.consume();
            }
        });
        return b;
    }

    /**
     * Gives the keyboard focus to the first action that can be taken (the samples, else adding a folder), once it is
     * known whether there are samples.
     */
    public void focusFirstAction() {
        if (vm.samplesProperty().get() == null) {
            focusWhenLookedUp = true;
            return;
        }
        // the buttons join the scene with the scroll pane's skin, made at the first CSS pass: before it, a focus
        // request is lost
        applyCss();
        Node target = samples.isDisabled() ? lookup("#" + ADD_FOLDER_ID) : samples;
        if (target != null) {
            target.requestFocus();
        }
    }

    public Button samplesButton() {
        return samples;
    }
}
