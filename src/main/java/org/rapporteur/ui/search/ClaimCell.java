package org.rapporteur.ui.search;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.ui.common.Chips;
import org.rapporteur.ui.common.HighlightedText;
import org.rapporteur.ui.common.Styles;

/**
 * One result: who said it (speaker and role, or the organisation/session in italics), the claim with its hit words
 * highlighted, report and page, and chips for countries, themes and tags. Cells are reused by the virtualised list.
 */
final class ClaimCell extends ListCell<ClaimHit> {
    private final VBox card = new VBox(4);
    private final Label speaker = new Label();
    private final Label role = new Label();
    private final TextFlow text = new TextFlow();
    private final Label source = new Label();
    private final FlowPane chips = new FlowPane(4, 4);

    private final java.util.function.IntConsumer onShown;

    ClaimCell(ListView<ClaimHit> list, java.util.function.IntConsumer onShown) {
        this.onShown = onShown;
        card.getStyleClass().add(Styles.CLAIM_CARD);
        speaker.getStyleClass().add(Styles.SPEAKER);
        role.getStyleClass().add(Styles.SPEAKER_ROLE);
        role.setMinWidth(0);
        speaker.setMinWidth(Label.USE_PREF_SIZE); // the name never gives way to a long role or section
        text.getStyleClass().add(Styles.CLAIM_TEXT);
        source.getStyleClass().add(Styles.SOURCE_LINE);
        HBox who = new HBox(6, speaker, role);
        who.setAlignment(Pos.BASELINE_LEFT);
        card.getChildren().addAll(who, text, source, chips);
        // Wrap to the list's width (minus the scroll bar), so no horizontal scrolling.
        card.maxWidthProperty().bind(list.widthProperty().subtract(36));
        card.prefWidthProperty().bind(list.widthProperty().subtract(36));
        setPrefWidth(0);
        HBox.setHgrow(card, Priority.ALWAYS);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(ClaimHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        ClaimRecord r = hit.record();
        Claim c = r.claim();
        Attribution a = c.attribution();
        speaker.getStyleClass().remove(Styles.BODY_ATTRIBUTION);
        if (a.speaker() != null) {
            speaker.setText(a.speaker().name());
            String line = a.speaker().roleLine();
            role.setText(line == null ? "" : line);
        } else {
            speaker.setText(a.attributedTo() != null ? a.attributedTo()
                    : r.organisation() != null ? r.organisation() : "Unattributed");
            speaker.getStyleClass().add(Styles.BODY_ATTRIBUTION);
            role.setText(c.section() != null ? c.section() : "");
        }
        text.getChildren().setAll(HighlightedText.runs(c.text(),
                hit.highlights(), Styles.CLAIM_TEXT));
        source.setText(sourceLine(r));
        chips.getChildren().clear();
        for (String country : c.enrichment().countries()) {
            chips.getChildren().add(Chips.chip(country, Styles.CHIP_COUNTRY));
        }
        for (ThemeMatch t : c.enrichment().themes()) {
            chips.getChildren().add(Chips.chip(t.label(), Styles.CHIP_THEME));
        }
        for (String tag : r.tags()) {
            chips.getChildren().add(Chips.chip("#" + tag, Styles.CHIP_TAG));
        }
        chips.setVisible(!chips.getChildren().isEmpty());
        chips.setManaged(!chips.getChildren().isEmpty());
        setText(null);
        setGraphic(card);
        onShown.accept(getIndex());
    }

    /**
     * The card's height at the width the list gives it: without this, the cell asks its wrapping text for a height
     * at no particular width and rows overlap.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        double w = width > 0 ? width : getListView() == null ? 600 : getListView().getWidth();
        double inner = Math.max(100, w - snappedLeftInset() - snappedRightInset() - 20);
        return snappedTopInset() + card.prefHeight(inner) + snappedBottomInset();
    }

    static String sourceLine(ClaimRecord r) {
        StringBuilder sb = new StringBuilder(r.reportTitle() != null ? r.reportTitle() : r.source());
        if (r.date() != null) {
            sb.append(" · ").append(r.date());
        }
        if (r.claim().page() != null) {
            sb.append(" · p. ").append(r.claim().page());
        }
        return sb.toString();
    }
}
