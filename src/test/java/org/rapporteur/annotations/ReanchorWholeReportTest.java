package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.testing.SharedData;

/**
 * Re-anchoring every claim of the longest sample report at once, as a re-index does: unchanged text keeps every
 * anchor by position, shifted text keeps them all, and one character changed in every claim sends every anchor
 * through the fuzzy matcher without losing one. How long it takes is {@link ReanchorBenchmark}'s business.
 */
class ReanchorWholeReportTest {
    /** Every sentence of sample 003 anchored, and three later versions of its text. */
    record WholeReport(String text, List<Claim> claims, List<Anchor> anchors, String shifted, String edited) {
        static WholeReport ofLongestSample() {
            String text = SharedData.sampleText("003");
            List<Claim> claims = TestReports.sentences("r", text);
            List<Anchor> anchors = new ArrayList<>();
            for (Claim c : claims) {
                anchors.add(new Anchor(anchors.size(), "r", c.id(), TextAnchors.quote(text, c.start(), c.end()),
                        new TextPosition(c.start(), c.end()), AnchorStatus.ANCHORED, AnchorMethod.CREATED, 1));
            }
            StringBuilder edited = new StringBuilder(text);
            for (Claim c : claims) {
                int mid = (c.start() + c.end()) / 2;
                edited.setCharAt(mid, edited.charAt(mid) == 'x' ? 'y' : 'x');
            }
            return new WholeReport(text, claims, List.copyOf(anchors), "A new preface.\n\n" + text.replace("  ", " "),
                    edited.toString());
        }
    }

    private final WholeReport report = WholeReport.ofLongestSample();
    private final Reanchorer reanchorer = new Reanchorer();

    @Test
    void unchangedTextKeepsEveryAnchorByPosition() {
        List<Reanchorer.Placement> same = reanchorer.reanchor(report.anchors(), report.text(), report.claims());
        assertEquals(report.anchors().size(), same.size());
        assertTrue(same.stream().allMatch(p -> p.method() == AnchorMethod.POSITION), same::toString);
    }

    @Test
    void shiftedTextOrphansNoAnchor() {
        List<Reanchorer.Placement> moved = reanchorer.reanchor(report.anchors(), report.shifted(),
                TestReports.sentences("r", report.shifted()));
        assertEquals(0, moved.stream().filter(p -> p.status() == AnchorStatus.ORPHAN).count());
    }

    @Test
    void aCharacterChangedInEveryClaimIsFoundFuzzilyOnTheSameWords() {
        List<Reanchorer.Placement> fuzzy = reanchorer.reanchor(report.anchors(), report.edited(), report.claims());
        assertEquals(0, fuzzy.stream().filter(p -> p.status() == AnchorStatus.ORPHAN).count());
        assertTrue(fuzzy.stream().anyMatch(p -> p.method() == AnchorMethod.FUZZY), "no anchor went the fuzzy way");
        for (int i = 0; i < report.anchors().size(); i++) {
            TextPosition now = fuzzy.get(i).position();
            if (!now.equals(report.anchors().get(i).position())) {
                // Only a verbatim copy of the words elsewhere (in near-identical context) may win over the edited
                // original: still the same words.
                assertEquals(report.anchors().get(i).quote().exact().replaceAll("\\s+", " "),
                        report.edited().substring(now.start(), now.end()).replaceAll("\\s+", " "));
            }
        }
    }
}
