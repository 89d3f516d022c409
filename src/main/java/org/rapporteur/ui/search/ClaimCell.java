package org.rapporteur.ui.search;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.ui.common.ChipPane;
import org.rapporteur.ui.common.HighlightedFlow;
import org.rapporteur.ui.common.Styles;

/**
 * One result: who said it (speaker and role, or the organisation/session in italics), the claim with its hit words
 * highlighted, report and page, and chips for countries, themes and tags (with the codebook's colour). Cells are
 * reused by the virtualised list, and their chips with them.
 */
final class ClaimCell extends ListCell<ClaimHit> {
    private final VBox card = new VBox(4);
    private final Label speaker = new Label();
    private final Label role = new Label();
    private final HighlightedFlow text = new HighlightedFlow(Styles.CLAIM_TEXT);
    private final Label source = new Label();
    private final ChipPane chips = new ChipPane();
    private final Label badge = new Label();
    private MatchKind badgeKind;
    private final java.util.function.BooleanSupplier showBadges;

    private final java.util.function.IntConsumer onShown;
    private final java.util.function.Supplier<java.util.Map<String, String>> tagColours;

    ClaimCell(ListView<ClaimHit> list, java.util.function.IntConsumer onShown,
              java.util.function.Supplier<java.util.Map<String, String>> tagColours) {
        this(list, onShown, tagColours, () -> true);
    }

    /** {@code showBadges}: whether the answer shown came from a search that can match by meaning. */
    ClaimCell(ListView<ClaimHit> list, java.util.function.IntConsumer onShown,
              java.util.function.Supplier<java.util.Map<String, String>> tagColours,
              java.util.function.BooleanSupplier showBadges) {
        this.showBadges = showBadges;
        this.onShown = onShown;
        this.tagColours = tagColours;
        card.getStyleClass().add(Styles.CLAIM_CARD);
        speaker.getStyleClass().add(Styles.SPEAKER);
        role.getStyleClass().add(Styles.SPEAKER_ROLE);
        role.setMinWidth(0);
        speaker.setMinWidth(Label.USE_PREF_SIZE); // the name never gives way to a long role or section
        source.getStyleClass().add(Styles.SOURCE_LINE);
        badge.getStyleClass().add(MatchBadges.BADGE);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        // one tooltip per cell, made on the first hover and told the kind of the hit the cell shows now
        badge.setOnMouseEntered(e -> {
            Tooltip tip = badge.getTooltip();
            if (tip == null) {
                tip = new Tooltip();
                badge.setTooltip(tip);
            }
            tip.setText(badgeKind == null ? "" : MatchBadges.tooltip(badgeKind));
        });
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox who = new HBox(6, speaker, role, push, badge);
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
        // a person's name keeps its width; an organisation or session title (often a whole line) gives way, so the
        // row never grows wider than the list (which cut the claim's text and hid the match badge)
        speaker.setMinWidth(a.speaker() != null ? Label.USE_PREF_SIZE : 0);
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
        text.show(c.text(), hit.highlights());
        showBadge(hit.match());
        source.setText(sourceLine(r));
        List<ChipPane.Chip> shown = new ArrayList<>();
        for (String country : c.enrichment().countries()) {
            shown.add(ChipPane.Chip.of(country, Styles.CHIP_COUNTRY));
        }
        for (ThemeMatch t : c.enrichment().themes()) {
            shown.add(ChipPane.Chip.of(t.label(), Styles.CHIP_THEME));
        }
        java.util.Map<String, String> colours = tagColours.get();
        for (String tag : r.tags()) {
            shown.add(new ChipPane.Chip("#" + tag, Styles.CHIP_TAG, colours.get(tag)));
        }
        chips.show(shown);
        setText(null);
        setGraphic(card);
        onShown.accept(getIndex());
    }

    private void showBadge(MatchKind kind) {
        boolean shown = showBadges.getAsBoolean();
        badge.setVisible(shown);
        badge.setManaged(shown);
        if (kind != badgeKind) {
            if (badgeKind != null) {
                badge.getStyleClass().remove(MatchBadges.styleClass(badgeKind));
            }
            badge.getStyleClass().add(MatchBadges.styleClass(kind));
            badge.setText(MatchBadges.text(kind));
            badgeKind = kind;
        }
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
