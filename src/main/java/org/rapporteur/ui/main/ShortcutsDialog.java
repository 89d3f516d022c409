package org.rapporteur.ui.main;

import java.util.List;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard shortcuts (Ctrl+/): the keys in one column and what they do in the next, in groups, laid out as a grid
 * so the two columns line up whatever the font (a text block padded with spaces only lines up in a monospaced
 * one). OK, Esc or Enter closes it.
 */
final class ShortcutsDialog {
    static final String GRID_ID = "shortcutsGrid";
    static final String KEYS = "shortcut-keys";
    static final String ACTION = "shortcut-action";
    static final String GROUP = "shortcut-group";

    /** A group heading ({@code keys} null) or a row. */
    record Row(String keys, String action) {
        static Row group(String title) {
            return new Row(null, title);
        }
    }

    static final List<Row> ROWS = List.of(
            Row.group("Search and results"),
            new Row("Ctrl+F", "Focus the search bar (Enter searches at once, ↓ completes field values)"),
            new Row("F3 / Shift+F3", "Next / previous hit"),
            new Row("Enter", "Open the selected result in the reader"),
            new Row("Ctrl+1 / Ctrl+2", "Results / Reader"),
            new Row("Ctrl+Esc", "Clear the search and the facets"),
            new Row("Ctrl+M", "Search by words → meaning → both"),
            Row.group("Annotating"),
            new Row("Ctrl+K", "Tag the selected claim (in the reader: the selected words)"),
            new Row("Ctrl+Shift+N", "Note on the words selected in the reader"),
            new Row("Ctrl+C", "Copy the words selected in the reader with their citation"),
            new Row("Ctrl+L", "Link the selected claim"),
            new Row("Ctrl+Z / Ctrl+Y", "Undo / redo"),
            Row.group("Reviewing attributions"),
            new Row("Ctrl+Shift+R", "Review attributions"),
            new Row("Enter or A", "Accept the speaker"),
            new Row("R", "Take the runner-up"),
            new Row("N (or typing)", "Type a speaker"),
            new Row("L", "Rename the label for the whole report"),
            Row.group("Coding by example"),
            new Row("Ctrl+Shift+K", "Code by example (the selected claim's first tag)"),
            new Row("A", "Accept: code the claim with the tag (Ctrl+Z undoes)"),
            new Row("R", "Reject: not this tag, not offered again (Ctrl+Z undoes)"),
            new Row("Enter", "Open the claim in the reader"),
            Row.group("Files and window"),
            new Row("Ctrl+E", "Export"),
            new Row("Ctrl+O / Ctrl+Shift+O", "Add files / add a folder"),
            new Row("F5", "Re-index the corpus"),
            new Row("Ctrl+B", "Show or hide the library and facets"),
            new Row("Ctrl+Shift+I", "Show or hide the inspector"),
            new Row("Ctrl+Shift+T", "Dark theme"),
            Row.group("Help"),
            new Row("F1", "User guide (Ctrl+F finds in it)"),
            new Row("Ctrl+/", "This list"));

    private ShortcutsDialog() {
    }

    static Alert create(Window owner, List<String> stylesheets) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid());
        alert.getDialogPane().getStylesheets().addAll(stylesheets);
        alert.getDialogPane().getStyleClass().add("shortcuts-dialog");
        alert.setResizable(true);
        return alert;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setId(GRID_ID);
        grid.setHgap(18);
        grid.setVgap(3);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, action);
        int r = 0;
        for (Row row : ROWS) {
            if (row.keys() == null) {
                Label title = new Label(row.action());
                title.getStyleClass().add(GROUP);
                GridPane.setMargin(title, new Insets(r == 0 ? 0 : 8, 0, 2, 0));
                grid.add(title, 0, r++, 2, 1);
                GridPane.setHalignment(title, HPos.LEFT);
                continue;
            }
            Label k = new Label(row.keys());
            k.getStyleClass().add(KEYS);
            Label a = new Label(row.action());
            a.getStyleClass().add(ACTION);
            a.setWrapText(true);
            GridPane.setValignment(k, VPos.TOP);
            grid.add(k, 0, r);
            grid.add(a, 1, r++);
        }
        grid.setPrefWidth(620);
        return grid;
    }
}
