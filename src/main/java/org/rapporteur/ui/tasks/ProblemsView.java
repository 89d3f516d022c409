package org.rapporteur.ui.tasks;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.rapporteur.model.Problem;
import org.rapporteur.ui.common.SecondaryWindows;
import org.rapporteur.ui.common.Styles;

/**
 * The problems panel: every file that failed (or warned) in the last indexing run, with its reason and what to do.
 * Reasons and actions are sentences: they wrap within their column (the row grows) instead of ending in "…"; the
 * file column keeps the file's name in view and shows the whole path on hover.
 */
public final class ProblemsView extends TableView<Problem> {
    public static final String ID = "problemsTable";
    public static final String CLOSE_ID = "problemsClose";
    static final String WRAPPED_TEXT = "wrapped-cell-text";

    public ProblemsView(ObservableList<Problem> problems) {
        super(problems);
        setId(ID);
        TableColumn<Problem, String> severity = column("", 70, p -> p.severity() == Problem.Severity.ERROR ? "Error"
                : "Warning");
        TableColumn<Problem, String> path = column("File", 260, Problem::path);
        path.setCellFactory(c -> new PathCell());
        TableColumn<Problem, String> reason = column("Reason", 340, Problem::reason);
        reason.setCellFactory(c -> new WrappingCell());
        TableColumn<Problem, String> hint = column("What to do", 320, Problem::hint);
        hint.setCellFactory(c -> new WrappingCell());
        getColumns().setAll(java.util.List.of(severity, path, reason, hint));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No problems: every file was read.");
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        setPlaceholder(empty);
    }

    private static TableColumn<Problem, String> column(String title, double width, Function<Problem, String> value) {
        TableColumn<Problem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    /** A sentence wrapped to the column's width; the row is as tall as the longest cell. */
    private static final class WrappingCell extends TableCell<Problem, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add(WRAPPED_TEXT);
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }

    /** A path cut at its start, so the file's name stays in view; the whole path in a tooltip. */
    private static final class PathCell extends TableCell<Problem, String> {
        private final Tooltip tip = new Tooltip();

        PathCell() {
            setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tip.setText(item);
            setTooltip(empty || item == null ? null : tip);
        }
    }

    /** Opens the panel in its own window (one per owner; shown again if already open); Esc or Close closes it. */
    public static Stage show(Window owner, ObservableList<Problem> problems, java.util.List<String> stylesheets) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Problems — files that could not be read");
        ProblemsView table = new ProblemsView(problems);
        Label count = new Label();
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
            return errors + (errors == 1 ? " file" : " files") + " not read · " + (problems.size() - errors)
                    + (problems.size() - errors == 1 ? " warning" : " warnings");
        }, problems));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button close = SecondaryWindows.closeButton(stage);
        close.setId(CLOSE_ID);
        HBox buttons = new HBox(8, count, grow, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table);
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 1000, 420);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        SecondaryWindows.closeOnEscape(stage);
        stage.show();
        return stage;
    }
}
