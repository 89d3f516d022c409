package org.rapporteur.ui.reader;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.ui.common.HighlightedText;
import org.rapporteur.ui.common.Styles;

/**
 * The reader: the report as a person reads it, in a virtualised list of rows (so long reports stay fast): headings,
 * speaker headers with name and role, paragraphs whose claims are clickable spans (the selected one marked),
 * boilerplate dimmed, search hits highlighted, and the page number in the left margin where a page begins. Text can
 * be selected inside a paragraph (press and drag, shift-click extends, both snapping to whole words; double click
 * takes a word; Shift+→/← extend or shrink by a word) and tagged (Ctrl+K), noted (Ctrl+Shift+N) or
 * copied with its citation (Ctrl+C), also from the context menu; earlier selection tags and notes show as marks.
 */
public final class ReaderView extends BorderPane {
    public static final String LIST_ID = "readerList";
    public static final String TITLE_ID = "readerTitle";
    static final KeyCombination TAG_KEY = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NOTE_KEY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination COPY_KEY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ReaderViewModel vm;
    private final ListView<ReaderBlock> list = new ListView<>();
    private int pendingScroll = -1;
    private final org.rapporteur.ui.common.NextFrame scrollAfterLayout = new org.rapporteur.ui.common.NextFrame(() -> {
        if (pendingScroll >= 0 && pendingScroll < list.getItems().size()) {
            list.scrollTo(pendingScroll);
        }
    });

    public ReaderView(ReaderViewModel vm) {
        this.vm = vm;
        Label title = new Label();
        title.setId(TITLE_ID);
        title.getStyleClass().add(Styles.READER_TITLE);
        title.setWrapText(true); // a report's title can be a sentence
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ReportSummary r = vm.reportProperty().get();
            return r == null ? "Reader" : ReaderViewModel.title(r);
        }, vm.reportProperty()));
        Label meta = new Label();
        meta.getStyleClass().add(Styles.MUTED);
        meta.setWrapText(true); // organisation · date · kind · claims · file: longer than a narrow reader is wide
        meta.textProperty().bind(Bindings.createStringBinding(() -> {
            ReportSummary r = vm.reportProperty().get();
            if (r == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            append(sb, r.organisation());
            append(sb, r.date());
            append(sb, r.kind() == null ? null : r.kind().label());
            append(sb, r.claims() + " claims");
            append(sb, r.source());
            return sb.toString();
        }, vm.reportProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty());
        VBox head = new VBox(2, new HBox(8, title, busy), meta);
        head.getStyleClass().add(Styles.RESULTS_HEADER);

        list.setId(LIST_ID);
        list.getStyleClass().add(Styles.READER_LIST);
        list.setItems(vm.blocks());
        list.setCellFactory(l -> new BlockCell());
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.messageProperty());
        placeholder.getStyleClass().add(Styles.EMPTY_STATE);
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        vm.scrollTargetProperty().addListener((o, a, target) -> {
            int i = target.intValue();
            if (i >= 0) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                // The reader tab may only now come to front, and rows above have unmeasured heights until laid
                // out: scroll again after the next layout pass.
                pendingScroll = i;
                scrollAfterLayout.request();
            }
        });
        vm.selectedClaimIdProperty().addListener((o, a, b) -> list.refresh());
        vm.codings().addListener((javafx.collections.MapChangeListener<String, List<String>>) c -> list.refresh());
        vm.marks().addListener((javafx.collections.ListChangeListener<SelectionMark>) c -> list.refresh());
        Label notice = new Label();
        notice.getStyleClass().add(Styles.QUERY_ERROR);
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        head.getChildren().add(notice);
        installSelectionActions();
        setTop(head);
        setCenter(list);
    }

    // ---- the text selection: context menu and keys --------------------------------------------------------------

    private void installSelectionActions() {
        MenuItem tag = new MenuItem("Tag selection…");
        tag.setAccelerator(TAG_KEY);
        tag.setOnAction(e -> startTag());
        MenuItem note = new MenuItem("Add a note…");
        note.setAccelerator(NOTE_KEY);
        note.setOnAction(e -> startNote());
        MenuItem copy = new MenuItem("Copy with citation");
        copy.setAccelerator(COPY_KEY);
        copy.setOnAction(e -> copySelection());
        ContextMenu menu = new ContextMenu(tag, note, new SeparatorMenuItem(), copy);
        list.setOnContextMenuRequested(e -> {
            if (vm.selectionProperty().get() != null) {
                menu.show(list, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        // A handler, not an accelerator: with a selection these keys act on it; without one they go on to the
        // window's menus (Ctrl+K then tags the selected claim).
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (vm.selectionProperty().get() == null) {
                return;
            }
            if (TAG_KEY.match(e)) {
                e.consume();
                Platform.runLater(this::startTag);
            } else if (NOTE_KEY.match(e)) {
                e.consume();
                Platform.runLater(this::startNote);
            } else if (COPY_KEY.match(e)) {
                e.consume();
                copySelection();
            } else if (e.isShiftDown() && !e.isShortcutDown()
                    && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
                e.consume(); // Shift+arrows move the selection's free end by a whole word
                vm.extendByWord(e.getCode() == KeyCode.RIGHT);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                vm.clearSelection();
            }
        });
    }

    /** Asks for a tag name and tags the selection (Ctrl+K in the reader while text is selected). */
    public void startTag() {
        TextSelection sel = vm.selectionProperty().get();
        if (sel != null) {
            SelectionDialogs.askTag(list, sel.quote(), List.copyOf(vm.tagPaths()), vm::tagSelection);
        }
    }

    /** Asks for a note and puts it on the selection (Ctrl+Shift+N in the reader while text is selected). */
    public void startNote() {
        TextSelection sel = vm.selectionProperty().get();
        if (sel != null) {
            SelectionDialogs.askNote(list, sel.quote(), vm::noteSelection);
        }
    }

    /** Copies the selected words with where they come from. */
    public void copySelection() {
        String c = vm.citation();
        if (c != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(c);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            if (!sb.isEmpty()) {
                sb.append(" · ");
            }
            sb.append(s);
        }
    }

    public ListView<ReaderBlock> list() {
        return list;
    }

    private final class BlockCell extends ListCell<ReaderBlock> {
        private final Label page = new Label();
        private final MarkedTextFlow marked = new MarkedTextFlow();
        private final TextFlow flow = marked.flow();
        private final Label speakerName = new Label();
        private final Label speakerRole = new Label();
        private final HBox speakerBox = new HBox(8, speakerName, speakerRole);
        private final HBox row = new HBox(10);
        /** Held here and registered weakly: list.refresh() replaces cells, and old ones must not stay listening. */
        private final javafx.beans.InvalidationListener selectionListener = o -> showSelection();

        BlockCell() {
            page.getStyleClass().add(Styles.READER_PAGE);
            page.setMinWidth(44);
            page.setPrefWidth(44);
            page.setAlignment(Pos.TOP_RIGHT);
            speakerName.getStyleClass().add(Styles.SPEAKER);
            speakerName.setMinWidth(Region.USE_PREF_SIZE); // in a narrow reader the role gives way, not the name
            speakerRole.getStyleClass().add(Styles.SPEAKER_ROLE);
            speakerBox.setAlignment(Pos.BASELINE_LEFT);
            speakerBox.getStyleClass().add(Styles.READER_SPEAKER);
            flow.setMinWidth(0);
            HBox.setHgrow(marked, Priority.ALWAYS);
            HBox.setHgrow(speakerBox, Priority.ALWAYS);
            row.maxWidthProperty().bind(list.widthProperty().subtract(30));
            row.prefWidthProperty().bind(list.widthProperty().subtract(30));
            setPrefWidth(0);
            marked.setCursor(Cursor.TEXT);
            marked.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            marked.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            marked.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
            vm.selectionProperty().addListener(new javafx.beans.WeakInvalidationListener(selectionListener));
        }

        private boolean selectable() {
            ReaderBlock b = getItem();
            return !isEmpty() && b != null && b.kind() == ReaderBlock.Kind.PARAGRAPH;
        }

        private void pressed(MouseEvent e) {
            if (e.getButton() != MouseButton.PRIMARY || !selectable()) {
                return;
            }
            int at = marked.insertionIndexAt(e.getSceneX(), e.getSceneY());
            if (e.isShiftDown()) {
                vm.extendTo(getIndex(), at);
            } else {
                vm.pressAt(getIndex(), at);
            }
        }

        private void dragged(MouseEvent e) {
            if (e.isPrimaryButtonDown() && selectable()) {
                vm.dragTo(getIndex(), marked.insertionIndexAt(e.getSceneX(), e.getSceneY()));
            }
        }

        /** A plain click (no drag, no shift) on a claim selects it, as before selections existed; a double-click selects a word. */
        private void clicked(MouseEvent e) {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.isShiftDown() || !selectable()) {
                return;
            }
            if (e.getClickCount() == 2) {
                vm.selectWord(getIndex(), marked.insertionIndexAt(e.getSceneX(), e.getSceneY()));
                return;
            }
            int at = marked.charIndexAt(e.getSceneX(), e.getSceneY());
            String claimId = claimAt(getItem(), at);
            if (claimId != null) {
                vm.clickClaim(claimId);
            }
        }

        private void showSelection() {
            ReaderBlock b = getItem();
            TextSelection sel = vm.selectionProperty().get();
            if (isEmpty() || b == null || sel == null || b.kind() != ReaderBlock.Kind.PARAGRAPH
                    || !sel.overlaps(b.start(), b.start() + b.text().length())) {
                marked.setSelection(null);
            } else {
                marked.setSelection(new MarkedTextFlow.Range(Math.max(0, sel.start() - b.start()),
                        Math.min(b.text().length(), sel.end() - b.start())));
            }
        }

        @Override
        protected void updateItem(ReaderBlock b, boolean empty) {
            super.updateItem(b, empty);
            setText(null);
            if (empty || b == null) {
                setGraphic(null);
                marked.setMarks(List.of(), 0, 0);
                marked.setSelection(null);
                return;
            }
            Double ocr = vm.pageOcrConfidence(b.page());
            page.setText(b.page() == null ? "" : "p. " + b.page() + (ocr == null ? "" : "\nOCR"));
            page.setTooltip(ocr == null ? null : new Tooltip("OCR text, mean confidence " + Math.round(ocr)
                    + " %: the page has no text layer, so words may be misread"));
            switch (b.kind()) {
                case HEADING -> {
                    Text t = new Text(b.text());
                    t.getStyleClass().addAll(Styles.READER_HEADING,
                            Styles.READER_HEADING_PREFIX + Math.min(3, Math.max(1, b.level())));
                    flow.getChildren().setAll(t);
                    marked.setMarks(List.of(), 0, 0);
                    row.getChildren().setAll(page, marked);
                }
                case SPEAKER -> {
                    speakerName.setText(b.text());
                    speakerRole.setText(b.detail() == null ? "" : b.detail());
                    row.getChildren().setAll(page, speakerBox);
                }
                case PARAGRAPH -> {
                    flow.getChildren().setAll(runs(b.segments()));
                    marked.setMarks(vm.marksIn(b), b.start(), b.text().length());
                    row.getChildren().setAll(page, marked);
                }
            }
            showSelection();
            setGraphic(row);
        }

        /** The row's height at the list's width, so wrapped paragraphs get their full height. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double w = width > 0 ? width : list.getWidth();
            double inner = Math.max(100, w - snappedLeftInset() - snappedRightInset() - 16);
            return snappedTopInset() + row.prefHeight(inner) + snappedBottomInset();
        }

        private List<Text> runs(List<ReaderBlock.Segment> segments) {
            java.util.ArrayList<Text> out = new java.util.ArrayList<>();
            String selected = vm.selectedClaimIdProperty().get();
            for (ReaderBlock.Segment s : segments) {
                String base = s.boilerplate() ? Styles.READER_BOILERPLATE
                        : s.claimId() == null ? Styles.READER_TEXT : Styles.READER_CLAIM;
                List<Text> texts = HighlightedText.runs(s.text(), s.hits(), base);
                if (s.claimId() != null) {
                    boolean isSelected = s.claimId().equals(selected);
                    List<String> tags = vm.codings().get(s.claimId());
                    for (Text t : texts) {
                        if (isSelected) {
                            t.getStyleClass().add(Styles.READER_CLAIM_SELECTED);
                        }
                        if (tags != null) {
                            // Coded claims carry a mark; hovering names the tags.
                            t.getStyleClass().add(Styles.READER_CODED);
                            javafx.scene.control.Tooltip.install(t, new javafx.scene.control.Tooltip(
                                    "#" + String.join("  #", tags)));
                        }
                        t.setCursor(Cursor.HAND);
                    }
                }
                out.addAll(texts);
            }
            return out;
        }
    }

    /** The claim of the segment holding character {@code at} of the row's text, or null. */
    static String claimAt(ReaderBlock b, int at) {
        int from = 0;
        for (ReaderBlock.Segment s : b.segments()) {
            int to = from + s.text().length();
            if (at >= from && at < to) {
                return s.claimId();
            }
            from = to;
        }
        return null;
    }
}
