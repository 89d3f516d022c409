package org.rapporteur.ui.help;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;

import javafx.concurrent.Task;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.rapporteur.pipeline.AboutFacts;
import org.rapporteur.ui.common.SecondaryWindows;
import org.rapporteur.ui.common.Styles;

/**
 * Help ▸ About: the program's version and build, the Java and libraries it runs on, the operating system, the workspace
 * and the log file ({@link AboutFacts}, the same facts {@code rapporteur --version} prints). Every value can be
 * selected and copied; the paths have a button that opens their folder; Copy all puts the whole list on the clipboard
 * as text for a bug report. The facts are gathered in the background. One window per owner.
 */
public final class AboutWindow {
    public static final String ID = "aboutWindow";
    public static final String GRID_ID = "aboutFacts";
    public static final String COPY_ALL_ID = "aboutCopyAll";
    static final String VALUE = "about-value";
    private static final Map<Window, AboutWindow> OPEN = new WeakHashMap<>();

    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();
    private final Label status = new Label();
    private final Button copyAll = new Button("Copy all");
    private List<AboutFacts.Fact> facts;

    private AboutWindow(Window owner, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("About Rapporteur");
        grid.setId(GRID_ID);
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setHalignment(HPos.RIGHT);
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setMinWidth(200);
        grid.getColumnConstraints().addAll(label, value);

        Label title = new Label("Rapporteur");
        title.getStyleClass().add("about-title");
        Label tagline = new Label("A desktop workbench for policy reports. Licence: Apache-2.0.");
        tagline.getStyleClass().add(Styles.MUTED);
        Label gathering = new Label("Gathering the facts…");
        gathering.getStyleClass().add(Styles.MUTED);
        grid.add(gathering, 1, 0);

        copyAll.setId(COPY_ALL_ID);
        copyAll.setDisable(true);
        copyAll.setTooltip(new Tooltip("Copies every line above as text, for a bug report"));
        copyAll.setOnAction(e -> {
            ExternalLinks.copy(AboutFacts.text(facts));
            status.setText("Copied " + facts.size() + " lines to the clipboard");
        });
        status.getStyleClass().add(Styles.MUTED);
        status.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, copyAll, status, grow, SecondaryWindows.closeButton(stage));
        buttons.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(grid);
        root.setId(ID);
        root.setTop(new VBox(2, title, tagline));
        root.setBottom(buttons);
        BorderPane.setMargin(grid, new Insets(14, 0, 14, 0));
        root.setPadding(new Insets(16));
        root.getStyleClass().add("about-window");
        Scene scene = new Scene(root, 820, 500);
        scene.getStylesheets().addAll(stylesheets);
        scene.getStylesheets().add(AboutWindow.class.getResource(GuideWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        SecondaryWindows.closeOnEscape(stage);
    }

    /** Opens About for the workspace {@code workspace} (or brings the open one to front). */
    public static AboutWindow show(Window owner, Path workspace, List<String> stylesheets, Executor background) {
        AboutWindow open = OPEN.get(owner);
        if (open != null && open.stage.isShowing()) {
            open.stage.toFront();
            return open;
        }
        AboutWindow w = new AboutWindow(owner, stylesheets);
        OPEN.put(owner, w);
        // closed, it lets go of what it shows (the guide's decoded pictures are tens of megabytes)
        w.stage.setOnHidden(e -> OPEN.remove(owner, w));
        w.stage.show();
        Task<List<AboutFacts.Fact>> task = new Task<>() {
            @Override
            protected List<AboutFacts.Fact> call() {
                return AboutFacts.collect(workspace);
            }
        };
        task.setOnSucceeded(e -> w.show(task.getValue()));
        task.setOnFailed(e -> w.status.setText("Gathering the facts failed: " + task.getException()));
        background.execute(task);
        return w;
    }

    private void show(List<AboutFacts.Fact> all) {
        facts = all;
        grid.getChildren().clear();
        int row = 0;
        for (AboutFacts.Fact f : all) {
            Label label = new Label(f.label());
            label.getStyleClass().add("about-label");
            TextField value = new TextField(f.value());
            value.setEditable(false); // selectable and copyable, not editable
            value.getStyleClass().add(VALUE);
            value.setId("about-" + f.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            value.setTooltip(new Tooltip(f.value()));
            HBox actions = new HBox(4);
            actions.setAlignment(Pos.CENTER_LEFT);
            if (f.folder() != null) {
                Button open = new Button("Open folder");
                open.getStyleClass().add("small");
                open.setOnAction(e -> status.setText(ExternalLinks.openFolder(f.folder())));
                Button copy = new Button("Copy");
                copy.getStyleClass().add("small");
                copy.setOnAction(e -> {
                    ExternalLinks.copy(f.value());
                    status.setText("Copied the path of the " + f.label().toLowerCase(java.util.Locale.ROOT));
                });
                actions.getChildren().addAll(open, copy);
            }
            grid.add(label, 0, row);
            grid.add(value, 1, row);
            grid.add(actions, 2, row);
            row++;
        }
        copyAll.setDisable(false);
    }

    // ---- for tests and the screenshot tour -------------------------------------------------------------------------

    public Stage stage() {
        return stage;
    }

    /** True once the facts are shown. */
    public boolean loaded() {
        return facts != null;
    }

    /** The value shown for {@code label}, or null. */
    String shown(String label) {
        return grid.getChildren().stream().filter(n -> n instanceof TextField t && t.getId() != null
                        && t.getId().equals("about-" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')))
                .map(n -> ((TextField) n).getText()).findFirst().orElse(null);
    }

    Label status() {
        return status;
    }
}
