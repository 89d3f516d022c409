package org.rapporteur.ui.reader;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.rapporteur.ui.common.Styles;

/**
 * The small dialogs of the reader's selection: a tag name (completed from the codebook) and a note. Both are shown
 * without a nested event loop ({@code show}, not {@code showAndWait}), so they can be opened from a key handler.
 */
final class SelectionDialogs {
    static final String TAG_FIELD_ID = "selectionTagField";
    static final String NOTE_AREA_ID = "selectionNoteArea";

    private SelectionDialogs() {
    }

    /** Asks for a tag name; {@code onTag} gets it when the analyst confirms. */
    static void askTag(Node owner, String quote, List<String> tagPaths, Consumer<String> onTag) {
        TextField field = new TextField();
        field.setId(TAG_FIELD_ID);
        field.setPromptText("tag name, e.g. Ceasefire or Security/Ceasefire");
        ContextMenu completions = new ContextMenu();
        field.textProperty().addListener((o, a, typed) -> complete(field, completions, tagPaths, typed));
        Dialog<String> dialog = dialog(owner, "Tag the selection", quote, field);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        dialog.setOnHidden(e -> {
            completions.hide();
            String tag = dialog.getResult();
            if (tag != null && !tag.isBlank()) {
                onTag.accept(tag.strip());
            }
        });
        dialog.setOnShown(e -> field.requestFocus());
        dialog.show();
    }

    /** Asks for a note; {@code onNote} gets it when the analyst confirms. */
    static void askNote(Node owner, String quote, Consumer<String> onNote) {
        TextArea area = new TextArea();
        area.setId(NOTE_AREA_ID);
        area.setPromptText("a note on the selected words");
        area.setPrefRowCount(4);
        area.setWrapText(true);
        Dialog<String> dialog = dialog(owner, "Note on the selection", quote, area);
        dialog.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        dialog.setOnHidden(e -> {
            String note = dialog.getResult();
            if (note != null && !note.isBlank()) {
                onNote.accept(note.strip());
            }
        });
        dialog.setOnShown(e -> area.requestFocus());
        dialog.show();
    }

    private static Dialog<String> dialog(Node owner, String title, String quote, Node input) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Label q = new Label("\u201c" + shorten(quote) + "\u201d");
        q.setWrapText(true);
        q.setMaxWidth(460);
        q.getStyleClass().add(Styles.INSPECTOR_QUOTE);
        VBox box = new VBox(8, q, input);
        box.setPrefWidth(480);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    private static void complete(TextField field, ContextMenu completions, List<String> tagPaths, String text) {
        String typed = text == null ? "" : text.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        completions.getItems().clear();
        if (typed.isEmpty() || !field.isFocused()) {
            completions.hide();
            return;
        }
        tagPaths.stream().filter(p -> p.toLowerCase(Locale.ROOT).contains(typed)).limit(10).forEach(p -> {
            MenuItem item = new MenuItem(p);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                field.setText(p);
                field.positionCaret(p.length());
            });
            completions.getItems().add(item);
        });
        if (completions.getItems().isEmpty() || completions.getItems().size() == 1
                && ((MenuItem) completions.getItems().getFirst()).getText().equalsIgnoreCase(typed)) {
            completions.hide();
        } else if (!completions.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            completions.show(field, Side.BOTTOM, 0, 0);
        }
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 240 ? t : t.substring(0, 237) + "…";
    }
}
