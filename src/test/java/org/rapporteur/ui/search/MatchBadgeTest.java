package org.rapporteur.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.ui.FxTestSupport;

/**
 * Each result row says how it was found: a badge "words", "meaning" or "words + meaning" with its own style class
 * and a tooltip in plain words; rows of a words-only search carry none.
 */
class MatchBadgeTest {
    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Test
    void eachMatchKindHasItsBadge() {
        List<ClaimHit> sample = FxTestSupport.sampleWorkspace().corpus().search(SearchRequest.of("", 3)).hits();
        List<ClaimHit> hits = List.of(
                new ClaimHit(sample.get(0).record(), 1f, List.of(), MatchKind.WORDS),
                new ClaimHit(sample.get(1).record(), 1f, List.of(), MatchKind.MEANING),
                new ClaimHit(sample.get(2).record(), 1f, List.of(), MatchKind.BOTH));
        AtomicBoolean showBadges = new AtomicBoolean(true);
        ListView<ClaimHit> list = onFx(() -> {
            ListView<ClaimHit> l = new ListView<>();
            l.setCellFactory(v -> new ClaimCell(v, i -> { }, Map::of, showBadges::get));
            l.getItems().setAll(hits);
            Stage stage = new Stage();
            stage.setScene(new Scene(l, 700, 600));
            stage.show();
            return l;
        });
        waitUntil(10, () -> badges(list).size() == 3);
        for (MatchKind kind : MatchKind.values()) {
            Label badge = onFx(() -> badges(list).stream().filter(b -> b.getStyleClass()
                    .contains(MatchBadges.styleClass(kind))).findFirst().orElseThrow());
            assertEquals(MatchBadges.text(kind), onFx(badge::getText));
            assertTrue(onFx(badge::isVisible));
            // the tooltip is made on the first hover and says what the badge means
            onFx(() -> badge.getOnMouseEntered().handle(null));
            assertEquals(MatchBadges.tooltip(kind), onFx(() -> badge.getTooltip().getText()));
        }
        assertEquals(List.of("words", "meaning", "words + meaning"), onFx(() -> badges(list).stream()
                .sorted(java.util.Comparator.comparingDouble(b -> b.localToScene(0, 0).getY()))
                .map(Label::getText).toList()), "in the order of the rows");

        // a words-only answer: no badges
        showBadges.set(false);
        onFx(list::refresh);
        waitUntil(10, () -> badges(list).stream().noneMatch(Node::isVisible));
        assertFalse(onFx(() -> badges(list).isEmpty()));
        onFx(() -> list.getScene().getWindow().hide());
    }

    private static List<Label> badges(ListView<ClaimHit> list) {
        return list.lookupAll("." + MatchBadges.BADGE).stream().map(Label.class::cast)
                .filter(b -> b.getParent() != null && b.getText() != null && !b.getText().isEmpty()).toList();
    }
}
