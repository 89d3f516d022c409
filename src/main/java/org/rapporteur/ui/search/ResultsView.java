package org.rapporteur.ui.search;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.property.ObjectProperty;
import javafx.util.StringConverter;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.SortOrder;
import org.rapporteur.ui.common.Styles;

/**
 * The Results tab: a header ("N claims · sort"), and a virtualised list of {@link ClaimCell}s that loads the next
 * page when scrolled to the end. Selecting a result shows it in the inspector; Enter or a double click opens it in
 * the reader. F3/Shift+F3 (wired by the main window) move through the hits.
 */
public final class ResultsView extends BorderPane {
    public static final String LIST_ID = "resultsList";
    public static final String COUNT_ID = "resultsCount";
    public static final String EMPTY_ID = "resultsEmpty";
    public static final String MEANING_NOTE_ID = "meaningNote";

    private final ResultsViewModel vm;
    private final ListView<ClaimHit> list = new ListView<>();
    private String selectedClaimId;
    private boolean restoring;

    public ResultsView(ResultsViewModel vm, ObjectProperty<SortOrder> sort, Consumer<ClaimRecord> onSelect,
                       Consumer<ClaimRecord> onOpen) {
        this.vm = vm;
        Label count = new Label();
        count.setId(COUNT_ID);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long n = vm.totalProperty().get();
            String origin = vm.originProperty().get();
            String claims = String.format(Locale.ROOT, "%,d claim%s", n, n == 1 ? "" : "s");
            return origin == null || origin.isBlank() ? claims : origin + " — " + claims;
        }, vm.totalProperty(), vm.originProperty()));
        count.getStyleClass().add("results-count");

        ComboBox<SortOrder> sortBox = new ComboBox<>();
        sortBox.getItems().setAll(SortOrder.values());
        sortBox.valueProperty().bindBidirectional(sort);
        sortBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(SortOrder s) {
                return s == null ? "" : s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public SortOrder fromString(String s) {
                return SortOrder.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            }
        });
        sortBox.setId("sortBox");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label error = new Label();
        error.textProperty().bind(vm.errorMessageProperty());
        error.getStyleClass().add(Styles.QUERY_ERROR);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label sortLabel = new Label("sort:");
        sortLabel.getStyleClass().add(Styles.MUTED);
        HBox header = new HBox(8, count, busy, error, grow, sortLabel, sortBox);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.RESULTS_HEADER);

        list.setId(LIST_ID);
        list.setItems(vm.hits());
        // Ctrl/Shift-click picks several claims, e.g. to export just those.
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // Infinite scroll: a cell shown near the end of the loaded hits asks for the next page.
        list.setCellFactory(l -> new ClaimCell(l, index -> {
            if (index >= vm.hits().size() - 10) {
                vm.loadMore();
            }
        }, vm.tagColoursProperty()::get, () -> {
            // by words only, every hit matched by its words: a badge on each would say nothing
            org.rapporteur.model.SearchRequest r = vm.requestProperty().get();
            return r != null && r.mode() != org.rapporteur.model.SearchMode.LEXICAL;
        }));
        Label empty = new Label();
        empty.setId(EMPTY_ID);
        empty.textProperty().bind(vm.emptyMessageProperty());
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, hit) -> {
            if (hit != null) {
                selectedClaimId = hit.record().claim().id();
                if (!restoring) {
                    onSelect.accept(hit.record());
                }
            }
        });
        list.setOnMouseClicked(e -> {
            ClaimHit hit = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && hit != null) {
                onOpen.accept(hit.record());
            }
        });
        list.setOnKeyPressed(e -> {
            ClaimHit hit = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && hit != null) {
                onOpen.accept(hit.record());
                e.consume();
            } else if (e.getCode() == KeyCode.C && e.isShortcutDown() && hit != null) {
                // Ctrl+C: the picked claims with their citations, one per line
                vm.copyCitations(list.getSelectionModel().getSelectedItems().stream().map(ClaimHit::record).toList(),
                        text -> {
                            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                            content.putString(text);
                            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                        });
                e.consume();
            }
        });
        // A new search scrolls back to the top.
        vm.requestProperty().addListener((o, a, b) -> {
            if (!list.getItems().isEmpty()) {
                list.scrollTo(0);
            }
        });
        // The same search re-run (after tagging, say) keeps the selected claim selected.
        vm.hits().addListener((ListChangeListener<ClaimHit>) c -> {
            if (selectedClaimId == null || list.getSelectionModel().getSelectedItem() != null) {
                return;
            }
            for (int i = 0; i < vm.hits().size(); i++) {
                if (vm.hits().get(i).record().claim().id().equals(selectedClaimId)) {
                    int at = i;
                    restoring = true;
                    try {
                        list.getSelectionModel().clearAndSelect(at);
                    } finally {
                        restoring = false;
                    }
                    return;
                }
            }
        });

        // what the answer said about meaning search, once, above the results
        Label meaningNote = new Label();
        meaningNote.setId(MEANING_NOTE_ID);
        meaningNote.getStyleClass().addAll(Styles.MUTED, "meaning-note");
        meaningNote.setWrapText(true);
        meaningNote.setMinHeight(Region.USE_PREF_SIZE);
        meaningNote.textProperty().bind(vm.meaningNoteProperty());
        meaningNote.visibleProperty().bind(vm.meaningNoteProperty().isNotEmpty());
        meaningNote.managedProperty().bind(meaningNote.visibleProperty());

        setTop(new javafx.scene.layout.VBox(header, meaningNote));
        setCenter(list);
    }

    public ListView<ClaimHit> list() {
        return list;
    }

    /** The claims picked in the list (Ctrl/Shift-click), in list order; empty when none. */
    public java.util.List<ClaimRecord> picked() {
        return list.getSelectionModel().getSelectedIndices().stream().sorted()
                .filter(i -> i >= 0 && i < list.getItems().size())
                .map(i -> list.getItems().get(i).record()).toList();
    }

    /** F3 / Shift+F3: selects the next (or previous) hit, loading the next page at the end. */
    public ClaimHit step(int delta) {
        int n = list.getItems().size();
        if (n == 0) {
            return null;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (delta > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, at + delta));
        if (next >= n - 5) {
            vm.loadMore();
        }
        list.getSelectionModel().clearAndSelect(next);
        list.scrollTo(Math.max(0, next - 2));
        return list.getSelectionModel().getSelectedItem();
    }
}
