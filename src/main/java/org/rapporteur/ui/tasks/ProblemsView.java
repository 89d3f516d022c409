package org.rapporteur.ui.tasks;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.rapporteur.model.Problem;
import org.rapporteur.ui.common.Styles;

/** The problems panel: every file that failed (or warned) in the last indexing run, with its reason and a hint. */
public final class ProblemsView extends TableView<Problem> {
    public static final String ID = "problemsTable";

    public ProblemsView(ObservableList<Problem> problems) {
        super(problems);
        setId(ID);
        TableColumn<Problem, String> severity = column("", 70, p -> p.severity() == Problem.Severity.ERROR ? "Error"
                : "Warning");
        TableColumn<Problem, String> path = column("File", 320, Problem::path);
        TableColumn<Problem, String> reason = column("Reason", 320, Problem::reason);
        TableColumn<Problem, String> hint = column("What to do", 300, p -> p.hint() == null ? "" : p.hint());
        getColumns().setAll(java.util.List.of(severity, path, reason, hint));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No problems: every file was read.");
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        setPlaceholder(empty);
    }

    private static TableColumn<Problem, String> column(String title, double width,
                                                       java.util.function.Function<Problem, String> value) {
        TableColumn<Problem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    /** Opens the panel in its own window (one per owner; shown again if already open). */
    public static Stage show(Window owner, ObservableList<Problem> problems, java.util.List<String> stylesheets) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Problems — files that could not be read");
        Scene scene = new Scene(new ProblemsView(problems), 1000, 360);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
