package org.rapporteur.ui.search;

import java.util.List;

import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.ui.common.Icons;
import org.rapporteur.ui.common.Styles;

/**
 * The search bar: a text field bound to the {@link SearchViewModel}, a history menu, completion of field values in
 * a popup (Ctrl+Space, or as you type after {@code field:}), and an inline error under the field showing the query
 * with the fault marked in red and a caret under it.
 */
public final class SearchBarView extends VBox {
    public static final String FIELD_ID = "searchField";
    public static final String ERROR_ID = "queryError";
    public static final String PROMPT =
            "Search claims — e.g. speaker:\"…\" AND theme:security, \"non-state actors\", milit*";

    private final SearchViewModel vm;
    private final TextField field;
    private final ContextMenu completions = new ContextMenu();
    private final VBox errorBox = new VBox(2);
    private boolean applyingCompletion;

    public SearchBarView(SearchViewModel vm) {
        this(vm, new TextField());
    }

    /**
     * Around an existing field (the start window's, which the user may already be typing into): the view model takes
     * the field's text when it holds any, so nothing typed is lost.
     */
    public SearchBarView(SearchViewModel vm, TextField field) {
        this.vm = vm;
        this.field = field;
        field.setId(FIELD_ID);
        field.setPromptText(PROMPT);
        if (!field.getText().isEmpty()) {
            vm.setQuietly(field.getText()); // searched when the window starts (MainViewModel.start(true))
        }
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setOnAction(e -> {
            completions.hide();
            vm.submit();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && e.isControlDown()) {
                showCompletions();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !completions.isShowing()) {
                showCompletions();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                completions.hide();
            }
        });
        field.textProperty().addListener((o, a, b) -> {
            if (!applyingCompletion && field.isFocused()) {
                showCompletions();
            }
        });
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                completions.hide();
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);

        MenuButton history = new MenuButton(null, Icons.of(Material2AL.HISTORY));
        history.setTooltip(new Tooltip("Recent queries"));
        history.setOnShowing(e -> {
            history.getItems().clear();
            if (vm.history().isEmpty()) {
                MenuItem none = new MenuItem("No queries yet");
                none.setDisable(true);
                history.getItems().add(none);
            }
            for (String q : vm.history()) {
                MenuItem item = new MenuItem(q);
                item.setMnemonicParsing(false);
                item.setOnAction(ev -> {
                    vm.setQuietly(q);
                    vm.submit();
                });
                history.getItems().add(item);
            }
        });

        Button go = new Button("Search", Icons.of(Material2MZ.SEARCH));
        go.setDefaultButton(false);
        go.setOnAction(e -> vm.submit());

        HBox row = new HBox(6, field, history, go);
        row.setAlignment(Pos.CENTER_LEFT);

        errorBox.setId(ERROR_ID);
        errorBox.getStyleClass().add(Styles.QUERY_ERROR);
        errorBox.setVisible(false);
        errorBox.setManaged(false);
        vm.errorProperty().addListener((o, a, err) -> showError(err));

        getChildren().addAll(row, errorBox);
        setSpacing(4);
    }

    public TextField field() {
        return field;
    }

    private void showError(SearchViewModel.QueryError err) {
        errorBox.getChildren().clear();
        if (err == null) {
            errorBox.setVisible(false);
            errorBox.setManaged(false);
            return;
        }
        Label message = new Label(err.message());
        message.setWrapText(true);
        message.setGraphic(Icons.small(Material2AL.ERROR_OUTLINE));
        errorBox.getChildren().add(message);
        String q = err.query() == null ? "" : err.query();
        int pos = err.position();
        if (pos >= 0 && !q.isEmpty()) {
            int at = Math.min(pos, q.length());
            int end = Math.min(q.length(), at + 1);
            Text before = new Text(q.substring(0, at));
            Text fault = new Text(at < q.length() ? q.substring(at, end) : " ");
            fault.getStyleClass().add(Styles.QUERY_ERROR_FAULT);
            Text after = new Text(q.substring(end));
            TextFlow line = new TextFlow(before, fault, after);
            line.getStyleClass().add("query-error-line");
            Text caret = new Text(" ".repeat(at) + "^");
            caret.getStyleClass().add(Styles.QUERY_ERROR_CARET);
            TextFlow caretLine = new TextFlow(caret);
            caretLine.getStyleClass().add("query-error-line");
            errorBox.getChildren().addAll(line, caretLine);
        }
        errorBox.setVisible(true);
        errorBox.setManaged(true);
    }

    private void showCompletions() {
        List<QueryCompleter.Completion> list = vm.complete(field.getText(), field.getCaretPosition());
        completions.getItems().clear();
        if (list.isEmpty()) {
            completions.hide();
            return;
        }
        for (QueryCompleter.Completion c : list) {
            Label l = new Label(c.label());
            CustomMenuItem item = new CustomMenuItem(l, true);
            item.setOnAction(e -> {
                applyingCompletion = true;
                try {
                    field.setText(c.query());
                    field.positionCaret(c.caret());
                } finally {
                    applyingCompletion = false;
                }
            });
            completions.getItems().add(item);
        }
        if (!completions.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            completions.show(field, Side.BOTTOM, 0, 0);
        }
    }
}
