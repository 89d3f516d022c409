package org.rapporteur.ui.review;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.AttributionReview;
import org.rapporteur.ui.common.Styles;

/**
 * The Review tab: one row per claim to review (doubt, speaker, confidence, runner-up, the claim, its report), worst
 * first, driven from the keyboard — Enter or A accepts, R takes the runner-up, N (or typing a letter) opens the name
 * field, L renames the row's name or label in its report, arrows move, Ctrl+Z (the window's) undoes. An answered row
 * leaves the list and the next one takes its place and the selection. The name field completes from the corpus's
 * speakers: ↑/↓ pick a suggestion, Tab takes it, Enter answers, Esc goes back to the list.
 */
public final class ReviewView extends BorderPane {
    public static final String LIST_ID = "reviewList";
    public static final String NAME_FIELD_ID = "reviewName";
    public static final String SUGGESTIONS_ID = "reviewSuggestions";
    public static final String COUNT_ID = "reviewCount";
    static final String ROW = "review-row";
    static final String DOUBT = "review-doubt";
    static final String RUNNER_UP = "review-runner-up";
    private static final int SUGGESTIONS = 6;
    private static final double SUGGESTION_HEIGHT = 28;

    private enum Mode { SPEAKER, RELABEL }

    private final ReviewViewModel vm;
    private final ListView<ClaimRecord> list = new ListView<>();
    private final TextField name = new TextField();
    private final Label namePrompt = new Label();
    private final ListView<String> suggestions = new ListView<>();
    private final VBox nameBar;
    private Mode mode = Mode.SPEAKER;
    private ClaimRecord answering;
    private String selectedId;
    private int selectedIndex = -1;

    /**
     * @param onSelect shows a claim in the inspector (called when the selection moves)
     * @param onOpen   opens a claim in the reader (double click)
     */
    public ReviewView(ReviewViewModel vm, Consumer<ClaimRecord> onSelect, Consumer<ClaimRecord> onOpen) {
        this.vm = vm;
        getStyleClass().add("review-view");

        Label title = new Label("ATTRIBUTIONS TO REVIEW");
        title.getStyleClass().add(Styles.PANE_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId(COUNT_ID);
        count.getStyleClass().add(Styles.MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE); // the key hint gives way first
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long total = vm.totalProperty().get();
            if (total < 0) {
                return "";
            }
            int shown = vm.rows().size();
            return total + " claim" + (total == 1 ? "" : "s") + (shown < total ? " · the " + shown + " most doubtful"
                    + " shown" : "") + String.format(Locale.ROOT, " · doubt ≥ %.2f", AttributionReview.DOUBT_THRESHOLD);
        }, vm.totalProperty(), vm.rows()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(vm.loadingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = new Label("Enter/A accept · R runner-up · N type a speaker · L rename the label in the report"
                + " · Ctrl+Z undo");
        keys.getStyleClass().add(Styles.MUTED);
        // the keys are the help of this view: on a line of their own, wrapping, so a narrow tab does not cut them
        keys.setWrapText(true);
        HBox titleLine = new HBox(10, title, count, busy, grow);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, titleLine, keys);
        header.setPadding(new Insets(6, 10, 6, 10));
        setTop(header);

        list.setId(LIST_ID);
        list.setItems(vm.rows());
        list.setCellFactory(l -> new ReviewCell(l));
        Label empty = new Label("Nothing to review: every attribution is confident and has no close runner-up.");
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                selectedId = r.claim().id();
                selectedIndex = list.getSelectionModel().getSelectedIndex();
                onSelect.accept(r);
            }
        });
        list.setOnMouseClicked(e -> {
            ClaimRecord r = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && r != null) {
                onOpen.accept(r);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::listKey);
        list.addEventFilter(KeyEvent.KEY_TYPED, this::listTyped);
        vm.rows().addListener((ListChangeListener<ClaimRecord>) c -> Platform.runLater(this::keepSelection));
        vm.focusProperty().addListener((o, a, id) -> Platform.runLater(this::keepSelection));
        setCenter(list);

        name.setId(NAME_FIELD_ID);
        name.setPrefColumnCount(30);
        name.textProperty().addListener((o, a, t) -> suggest(t));
        name.addEventFilter(KeyEvent.KEY_PRESSED, this::nameKey);
        suggestions.setId(SUGGESTIONS_ID);
        suggestions.setFixedCellSize(SUGGESTION_HEIGHT);
        suggestions.setFocusTraversable(false);
        suggestions.setOnMouseClicked(e -> {
            String s = suggestions.getSelectionModel().getSelectedItem();
            if (s != null) {
                name.setText(s);
                name.end();
                name.requestFocus();
            }
        });
        namePrompt.setWrapText(true);
        namePrompt.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label("↑/↓ pick a suggestion · Tab takes it · Enter answers · Esc back to the list");
        hint.getStyleClass().add(Styles.MUTED);
        nameBar = new VBox(4, namePrompt, name, suggestions, hint);
        nameBar.getStyleClass().add("review-name-bar");
        nameBar.setPadding(new Insets(8, 10, 8, 10));
        show(nameBar, false);

        Label message = new Label();
        message.getStyleClass().add(Styles.QUERY_ERROR);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        Label done = new Label();
        done.getStyleClass().add(Styles.MUTED);
        done.textProperty().bind(vm.doneProperty());
        VBox bottom = new VBox(4, nameBar, message, done);
        bottom.setPadding(new Insets(4, 10, 6, 10));
        setBottom(bottom);
    }

    /** Puts the keyboard focus on the list (selecting the first row when none is). */
    public void focusList() {
        if (list.getSelectionModel().getSelectedIndex() < 0 && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }

    public ListView<ClaimRecord> list() {
        return list;
    }

    /** Opens the name field for the selected row, as N (or L when {@code relabel}) would, with {@code typed} in it. */
    public void openNameField(boolean relabel, String typed) {
        openName(relabel ? Mode.RELABEL : Mode.SPEAKER, typed == null ? "" : typed);
    }

    // ---- keys ----------------------------------------------------------------------------------------------------

    private void listKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // Ctrl+Z and the window's other shortcuts
        }
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            act(() -> vm.accept(selected()));
        }
    }

    private void listTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || ch == null || ch.length() != 1) {
            return;
        }
        char c = ch.charAt(0);
        if (!Character.isLetterOrDigit(c)) {
            return;
        }
        e.consume();
        switch (Character.toLowerCase(c)) {
            case 'a' -> act(() -> vm.accept(selected()));
            case 'r' -> act(() -> vm.takeRunnerUp(selected()));
            case 'n' -> openName(Mode.SPEAKER, "");
            case 'l' -> openName(Mode.RELABEL, "");
            default -> openName(Mode.SPEAKER, ch);
        }
    }

    /** Runs an answer and keeps the selection at the same place, where the next row has moved up. */
    private void act(Runnable answer) {
        int at = list.getSelectionModel().getSelectedIndex();
        answer.run();
        selectAt(at);
        list.requestFocus();
    }

    private void selectAt(int at) {
        if (list.getItems().isEmpty()) {
            list.getSelectionModel().clearSelection();
            return;
        }
        int i = Math.max(0, Math.min(at, list.getItems().size() - 1));
        list.getSelectionModel().clearAndSelect(i);
        list.getFocusModel().focus(i);
        scrollIntoView(i);
    }

    private void scrollIntoView(int i) {
        // scrollTo puts the row at the top; only scroll when it is out of sight
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null
                || i < flow.getFirstVisibleCell().getIndex() || i > flow.getLastVisibleCell().getIndex()) {
            list.scrollTo(Math.max(0, i - 1));
        }
    }

    /** After the rows changed: select the claim an undo brought back, else the same claim, else the same place. */
    private void keepSelection() {
        String focus = vm.focusProperty().get();
        List<ClaimRecord> items = list.getItems();
        if (focus != null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).claim().id().equals(focus)) {
                    vm.focusTaken();
                    selectAt(i);
                    return;
                }
            }
            if (!vm.loadingProperty().get()) {
                vm.focusTaken(); // the re-read is done and the claim is not listed (e.g. a redo answered it again)
            }
        }
        ClaimRecord now = list.getSelectionModel().getSelectedItem();
        if (now != null && now.claim().id().equals(selectedId)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).claim().id().equals(selectedId)) {
                selectAt(i);
                return;
            }
        }
        if (selectedIndex >= 0 || (now == null && !items.isEmpty())) {
            selectAt(Math.max(0, selectedIndex)); // the first read of the list selects its top row
        }
    }

    private ClaimRecord selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    // ---- the name field ------------------------------------------------------------------------------------------

    private void openName(Mode m, String typed) {
        ClaimRecord row = selected();
        if (row == null) {
            return;
        }
        mode = m;
        answering = row;
        String credited = row.claim().attribution().creditedName();
        String report = row.reportTitle() != null && !row.reportTitle().isBlank() ? row.reportTitle() : row.source();
        if (m == Mode.RELABEL) {
            namePrompt.setText(credited == null ? "This claim has no name or label to rename; type its speaker."
                    : "Every claim of “" + report + "” credited to “" + credited + "” (" + vm.sameLabelListed(row)
                    + " listed here, and any others in the report) is by:");
            name.setPromptText("the speaker's name — Enter renames them all (one undo step)");
        } else {
            namePrompt.setText("Who said this claim? (now: " + (credited == null ? "nobody" : credited) + ")");
            name.setPromptText("the speaker's name — Enter credits the claim");
        }
        show(nameBar, true);
        name.setText(typed);
        name.requestFocus();
        name.end();
        suggest(typed);
    }

    private void closeName() {
        show(nameBar, false);
        answering = null;
        name.clear();
        list.requestFocus();
    }

    private void nameKey(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> {
                e.consume();
                closeName();
            }
            case DOWN, UP -> {
                e.consume();
                int n = suggestions.getItems().size();
                if (n > 0) {
                    int i = suggestions.getSelectionModel().getSelectedIndex();
                    i = e.getCode() == KeyCode.DOWN ? Math.min(n - 1, i + 1) : Math.max(-1, i - 1);
                    if (i < 0) {
                        suggestions.getSelectionModel().clearSelection();
                    } else {
                        suggestions.getSelectionModel().clearAndSelect(i);
                        suggestions.scrollTo(i);
                    }
                }
            }
            case TAB -> {
                e.consume();
                String s = suggestions.getSelectionModel().getSelectedItem();
                if (s == null && !suggestions.getItems().isEmpty()) {
                    s = suggestions.getItems().getFirst();
                }
                if (s != null) {
                    name.setText(s);
                    name.end();
                }
            }
            case ENTER -> {
                e.consume();
                String s = suggestions.getSelectionModel().getSelectedItem();
                String typed = s != null ? s : name.getText();
                ClaimRecord row = answering;
                Mode m = mode;
                int at = list.getItems().indexOf(row);
                closeName();
                if (m == Mode.RELABEL) {
                    vm.renameLabel(row, typed);
                } else {
                    vm.setSpeaker(row, typed);
                }
                selectAt(at < 0 ? list.getSelectionModel().getSelectedIndex() : at);
            }
            default -> {
            }
        }
    }

    private void suggest(String typed) {
        List<String> found = vm.complete(typed, SUGGESTIONS);
        suggestions.getItems().setAll(found);
        suggestions.getSelectionModel().clearSelection();
        double h = found.size() * SUGGESTION_HEIGHT + 4; // as tall as its names, no empty box below them
        suggestions.setPrefHeight(h);
        suggestions.setMaxHeight(h);
        show(suggestions, !found.isEmpty());
    }

    private static void show(javafx.scene.Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    // ---- rows ----------------------------------------------------------------------------------------------------

    /** One claim: doubt, who, confidence, runner-up on the first line; the claim; its report. Nodes are reused. */
    private static final class ReviewCell extends ListCell<ClaimRecord> {
        private final Label doubt = new Label();
        private final Label who = new Label();
        private final Label confidence = new Label();
        private final Label runnerUp = new Label();
        private final Label text = new Label();
        private final Label source = new Label();
        private final VBox box;

        ReviewCell(ListView<ClaimRecord> list) {
            doubt.getStyleClass().add(DOUBT);
            doubt.setMinWidth(Region.USE_PREF_SIZE);
            who.getStyleClass().add(Styles.SPEAKER);
            who.setMinWidth(0);
            confidence.getStyleClass().add(Styles.MUTED);
            confidence.setMinWidth(Region.USE_PREF_SIZE);
            runnerUp.getStyleClass().add(RUNNER_UP);
            runnerUp.setMinWidth(0);
            HBox head = new HBox(8, doubt, who, confidence, runnerUp);
            head.setAlignment(Pos.BASELINE_LEFT);
            text.setWrapText(true);
            text.getStyleClass().add(Styles.CLAIM_TEXT);
            text.setMinHeight(Region.USE_PREF_SIZE);
            source.getStyleClass().add(Styles.SOURCE_LINE);
            box = new VBox(3, head, text, source);
            box.getStyleClass().add(ROW);
            // wrap to the list's width (minus the scroll bar), as the result cards do
            box.maxWidthProperty().bind(list.widthProperty().subtract(36));
            box.prefWidthProperty().bind(list.widthProperty().subtract(36));
            setPrefWidth(0);
            setMinHeight(Region.USE_PREF_SIZE);
        }

        /** The row's height at the list's width: a wrapping text asked at no width makes rows overlap. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double w = width > 0 ? width : getListView() == null ? 600 : getListView().getWidth();
            double inner = Math.max(100, w - snappedLeftInset() - snappedRightInset() - 20);
            return snappedTopInset() + box.prefHeight(inner) + snappedBottomInset();
        }

        @Override
        protected void updateItem(ClaimRecord r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            Attribution a = r.claim().attribution();
            doubt.setText(String.format(Locale.ROOT, "%.2f", a.doubt()));
            who.setText(a.creditedName() == null ? "no speaker" : a.creditedName());
            who.getStyleClass().removeAll(Styles.SPEAKER, Styles.BODY_ATTRIBUTION);
            who.getStyleClass().add(a.speaker() != null ? Styles.SPEAKER : Styles.BODY_ATTRIBUTION);
            confidence.setText(String.format(Locale.ROOT, "%.0f%% · %s", a.confidence() * 100, a.method().label()));
            Attribution.RunnerUp second = a.runnerUp();
            runnerUp.setText(second == null ? "" : String.format(Locale.ROOT, "runner-up %s %.0f%%", second.name(),
                    second.confidence() * 100));
            show(runnerUp, second != null);
            String t = r.claim().text().strip().replaceAll("\\s+", " ");
            text.setText("“" + (t.length() > 320 ? t.substring(0, 317) + "…" : t) + "”");
            String report = r.reportTitle() != null && !r.reportTitle().isBlank() ? r.reportTitle() : r.source();
            source.setText(report + (r.claim().page() == null ? "" : " · p. " + r.claim().page())
                    + (a.reason() == null || a.reason().isBlank() ? "" : " · " + a.reason()));
            setGraphic(box);
        }
    }
}
