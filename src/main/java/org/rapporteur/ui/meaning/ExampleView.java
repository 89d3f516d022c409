package org.rapporteur.ui.meaning;

import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rapporteur.annotations.Tag;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.ui.common.Styles;

/**
 * The "By example" tab: a tag chooser, then the claims most like those coded with the tag, each with the coded claim
 * it is nearest to beneath it; driven by keys — A accepts, R rejects, ↑/↓ move, Enter opens the claim in the reader.
 * An answered row leaves and the next takes its place and the selection.
 */
public final class ExampleView extends BorderPane {
    public static final String LIST_ID = "exampleList";
    public static final String TAG_ID = "exampleTag";
    public static final String DONE_ID = "exampleDone";

    private final ExampleViewModel vm;
    private final ListView<ExampleViewModel.Row> list = new ListView<>();
    private final ComboBox<Tag> tagBox = new ComboBox<>();

    /**
     * @param onSelect shows a claim in the inspector (when the selection moves)
     * @param onOpen   opens a claim in the reader (Enter, double click)
     */
    public ExampleView(ExampleViewModel vm, Consumer<ClaimRecord> onSelect, Consumer<ClaimRecord> onOpen) {
        this.vm = vm;
        getStyleClass().add("example-view");

        Label title = new Label("CODE BY EXAMPLE");
        title.getStyleClass().add(Styles.PANE_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        tagBox.setId(TAG_ID);
        tagBox.setItems(vm.tags());
        tagBox.setPromptText("choose a tag");
        tagBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Tag t) {
                return t == null ? "" : "#" + t.path();
            }

            @Override
            public Tag fromString(String s) {
                return null;
            }
        });
        tagBox.valueProperty().bindBidirectional(vm.tagProperty());
        tagBox.setOnShowing(e -> vm.refreshTags());
        Label count = new Label();
        count.getStyleClass().add(Styles.MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.rows().isEmpty() ? ""
                : vm.rows().size() + " candidate" + (vm.rows().size() == 1 ? "" : "s"), vm.rows()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(vm.loadingProperty());
        HBox titleLine = new HBox(10, title, tagBox, count, busy);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label("A accept · R reject · ↑/↓ move · Enter open the claim · Ctrl+Z undoes");
        keys.getStyleClass().add(Styles.MUTED);
        keys.setWrapText(true);
        VBox header = new VBox(4, titleLine, keys);
        header.setPadding(new Insets(6, 10, 6, 10));
        setTop(header);

        list.setId(LIST_ID);
        list.setItems(vm.rows());
        list.setCellFactory(l -> new ExampleCell(l));
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyProperty());
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                onSelect.accept(row.claim());
            }
        });
        list.setOnMouseClicked(e -> {
            ExampleViewModel.Row row = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row != null) {
                onOpen.accept(row.claim());
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
                return; // Ctrl+Z and the window's other shortcuts
            }
            ExampleViewModel.Row row = list.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.A) {
                e.consume();
                answer(row, true);
            } else if (e.getCode() == KeyCode.R) {
                e.consume();
                answer(row, false);
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onOpen.accept(row.claim());
            }
        });
        // a new list (another tag) starts at its first row, ready for the keys
        vm.rows().addListener((javafx.collections.ListChangeListener<ExampleViewModel.Row>) c -> {
            if (list.getSelectionModel().getSelectedIndex() < 0 && !vm.rows().isEmpty()) {
                Platform.runLater(() -> {
                    if (list.getSelectionModel().getSelectedIndex() < 0 && !list.getItems().isEmpty()) {
                        list.getSelectionModel().select(0);
                    }
                });
            }
        });
        setCenter(list);

        Label message = new Label();
        message.getStyleClass().add(Styles.QUERY_ERROR);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        Label done = new Label();
        done.setId(DONE_ID);
        done.getStyleClass().add(Styles.MUTED);
        done.setWrapText(true);
        done.textProperty().bind(vm.doneProperty());
        VBox bottom = new VBox(4, message, done);
        bottom.setPadding(new Insets(4, 10, 6, 10));
        setBottom(bottom);
    }

    /** The row leaves; the one after it (or before, at the end) takes the selection. */
    private void answer(ExampleViewModel.Row row, boolean accept) {
        int at = list.getSelectionModel().getSelectedIndex();
        if (accept) {
            vm.accept(row);
        } else {
            vm.reject(row);
        }
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().clearAndSelect(Math.min(Math.max(0, at), list.getItems().size() - 1));
        }
    }

    /** Shown: reads the codebook and puts the keys on the list (or on the tag chooser while no tag is chosen). */
    public void shown() {
        vm.refreshTags();
        if (vm.tagProperty().get() == null) {
            tagBox.requestFocus();
        } else {
            focusList();
        }
    }

    public void focusList() {
        if (list.getSelectionModel().getSelectedIndex() < 0 && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }

    public ListView<ExampleViewModel.Row> list() {
        return list;
    }

    /** A candidate: who said it, where, how near; the claim; then the coded claim it is most like. */
    private static final class ExampleCell extends ListCell<ExampleViewModel.Row> {
        private final Label head = new Label();
        private final Label text = new Label();
        private final Label like = new Label();
        private final VBox card = new VBox(3, head, text, like);

        ExampleCell(ListView<ExampleViewModel.Row> list) {
            head.getStyleClass().add(Styles.SPEAKER_ROLE);
            text.setWrapText(true);
            text.getStyleClass().add(Styles.CLAIM_TEXT);
            like.setWrapText(true);
            like.getStyleClass().add("example-like");
            for (Label l : new Label[] {head, text, like}) {
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
            card.maxWidthProperty().bind(list.widthProperty().subtract(36));
            card.prefWidthProperty().bind(list.widthProperty().subtract(36));
            setPrefWidth(0);
            HBox.setHgrow(card, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(ExampleViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            ClaimRecord r = row.claim();
            // the similarity first: a long report title is cut at the end, and it must not take the number with it
            head.setText(Math.round(Math.max(0, Math.min(1, row.candidate().similarity())) * 100) + " % similar · "
                    + who(r) + " · " + (r.reportTitle() != null ? r.reportTitle() : r.source()));
            text.setText(clip(r.claim().text(), 400));
            ClaimRecord ex = row.nearestExample();
            like.setText(ex == null ? "like a coded claim no longer in the index"
                    : "like " + who(ex) + ": " + clip(ex.claim().text(), 200));
            setText(null);
            setGraphic(card);
        }

        private static String who(ClaimRecord r) {
            Attribution a = r.claim().attribution();
            return a.speaker() != null ? a.speaker().name() : a.attributedTo() != null ? a.attributedTo()
                    : r.organisation() != null ? r.organisation() : "Unattributed";
        }

        private static String clip(String s, int max) {
            String t = s.strip().replaceAll("\\s+", " ");
            return "“" + (t.length() > max ? t.substring(0, max) + "…" : t) + "”";
        }
    }
}
