package org.rapporteur.ui.reader;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.ui.common.HighlightedText;
import org.rapporteur.ui.common.Styles;

/**
 * The reader: the report as a person reads it, in a virtualised list of rows (so long reports stay fast): headings,
 * speaker headers with name and role, paragraphs whose claims are clickable spans (the selected one marked),
 * boilerplate dimmed, search hits highlighted, and the page number in the left margin where a page begins.
 */
public final class ReaderView extends BorderPane {
    public static final String LIST_ID = "readerList";
    public static final String TITLE_ID = "readerTitle";

    private final ReaderViewModel vm;
    private final ListView<ReaderBlock> list = new ListView<>();

    public ReaderView(ReaderViewModel vm) {
        this.vm = vm;
        Label title = new Label();
        title.setId(TITLE_ID);
        title.getStyleClass().add(Styles.READER_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ReportSummary r = vm.reportProperty().get();
            return r == null ? "Reader" : ReaderViewModel.title(r);
        }, vm.reportProperty()));
        Label meta = new Label();
        meta.getStyleClass().add(Styles.MUTED);
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
                // Rows above have unmeasured heights until laid out: scroll again once they are.
                javafx.application.Platform.runLater(() -> list.scrollTo(i));
            }
        });
        vm.selectedClaimIdProperty().addListener((o, a, b) -> list.refresh());
        vm.codings().addListener((javafx.collections.MapChangeListener<String, List<String>>) c -> list.refresh());
        setTop(head);
        setCenter(list);
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
        private final TextFlow flow = new TextFlow();
        private final Label speakerName = new Label();
        private final Label speakerRole = new Label();
        private final HBox speakerBox = new HBox(8, speakerName, speakerRole);
        private final HBox row = new HBox(10);

        BlockCell() {
            page.getStyleClass().add(Styles.READER_PAGE);
            page.setMinWidth(44);
            page.setPrefWidth(44);
            page.setAlignment(Pos.TOP_RIGHT);
            speakerName.getStyleClass().add(Styles.SPEAKER);
            speakerRole.getStyleClass().add(Styles.SPEAKER_ROLE);
            speakerBox.setAlignment(Pos.BASELINE_LEFT);
            speakerBox.getStyleClass().add(Styles.READER_SPEAKER);
            flow.setMinWidth(0);
            HBox.setHgrow(flow, Priority.ALWAYS);
            HBox.setHgrow(speakerBox, Priority.ALWAYS);
            row.maxWidthProperty().bind(list.widthProperty().subtract(30));
            row.prefWidthProperty().bind(list.widthProperty().subtract(30));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ReaderBlock b, boolean empty) {
            super.updateItem(b, empty);
            setText(null);
            if (empty || b == null) {
                setGraphic(null);
                return;
            }
            page.setText(b.page() == null ? "" : "p. " + b.page());
            switch (b.kind()) {
                case HEADING -> {
                    Text t = new Text(b.text());
                    t.getStyleClass().addAll(Styles.READER_HEADING,
                            Styles.READER_HEADING_PREFIX + Math.min(3, Math.max(1, b.level())));
                    flow.getChildren().setAll(t);
                    row.getChildren().setAll(page, flow);
                }
                case SPEAKER -> {
                    speakerName.setText(b.text());
                    speakerRole.setText(b.detail() == null ? "" : b.detail());
                    row.getChildren().setAll(page, speakerBox);
                }
                case PARAGRAPH -> {
                    flow.getChildren().setAll(runs(b.segments()));
                    row.getChildren().setAll(page, flow);
                }
            }
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
                        t.setOnMouseClicked(e -> vm.clickClaim(s.claimId()));
                    }
                }
                out.addAll(texts);
            }
            return out;
        }
    }
}
