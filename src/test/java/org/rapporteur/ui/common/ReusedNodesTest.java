package org.rapporteur.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Highlight;
import org.rapporteur.ui.FxTestSupport;

/**
 * The reusable pieces of result cells: the text cut at its hits (bad ranges skipped), the highlighted flow and the
 * chip row keeping their nodes from one claim to the next while showing exactly the new content.
 */
class ReusedNodesTest {
    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
    }

    @Test
    void segmentsCutTheTextAtValidHitsOnly() {
        String text = "Peace and security in Afghanistan";
        List<HighlightedText.Segment> s = HighlightedText.segments(text, List.of(new Highlight(0, 5),
                new Highlight(3, 8), new Highlight(10, 18), new Highlight(30, 99)));
        assertEquals(List.of(new HighlightedText.Segment("Peace", true), new HighlightedText.Segment(" and ", false),
                new HighlightedText.Segment("security", true), new HighlightedText.Segment(" in Afghanistan", false)),
                s, "the overlapping and the out-of-range highlights are skipped");
        assertEquals(text, String.join("", s.stream().map(HighlightedText.Segment::text).toList()));
    }

    @Test
    void theFlowReusesItsRunsAndMarksOnlyTheHits() {
        onFx(() -> {
            HighlightedFlow flow = new HighlightedFlow(Styles.CLAIM_TEXT);
            flow.show("Peace and security", List.of(new Highlight(0, 5), new Highlight(10, 18)));
            List<Node> first = List.copyOf(flow.getChildren());
            assertEquals(3, first.size());
            assertTrue(first.get(0).getStyleClass().contains(Styles.HIT));
            assertFalse(first.get(1).getStyleClass().contains(Styles.HIT));

            flow.show("Refugees and migration", List.of(new Highlight(13, 22)));
            assertEquals(2, flow.getChildren().size());
            assertSame(first.get(0), flow.getChildren().get(0), "the first run is the same node, relabelled");
            assertEquals("Refugees and ", ((Text) flow.getChildren().get(0)).getText());
            assertFalse(flow.getChildren().get(0).getStyleClass().contains(Styles.HIT));
            assertTrue(flow.getChildren().get(1).getStyleClass().contains(Styles.HIT));
            assertEquals("migration", ((Text) flow.getChildren().get(1)).getText());
        });
    }

    @Test
    void chipsAreRelabelledAndCarryTheTagColour() {
        onFx(() -> {
            ChipPane chips = new ChipPane();
            chips.show(List.of(ChipPane.Chip.of("Afghanistan", Styles.CHIP_COUNTRY),
                    new ChipPane.Chip("#Proxy wars", Styles.CHIP_TAG, "#2E7D32")));
            Label country = (Label) chips.getChildren().get(0);
            Label tag = (Label) chips.getChildren().get(1);
            assertEquals(List.of(Styles.CHIP, Styles.CHIP_COUNTRY), List.copyOf(country.getStyleClass()));
            assertNull(country.getGraphic());
            assertEquals(Color.web("#2E7D32"), ((Circle) tag.getGraphic()).getFill());

            chips.show(List.of(new ChipPane.Chip("#Borders", Styles.CHIP_TAG, "not a colour")));
            assertEquals(1, chips.getChildren().size());
            assertSame(country, chips.getChildren().get(0), "the first label is reused");
            assertEquals("#Borders", country.getText());
            assertEquals(List.of(Styles.CHIP, Styles.CHIP_TAG), List.copyOf(country.getStyleClass()));
            assertNull(country.getGraphic(), "an unreadable colour gives no dot");
            assertTrue(chips.isVisible());

            chips.show(List.of());
            assertFalse(chips.isVisible() || chips.isManaged(), "an empty row takes no space");
        });
    }
}
