package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Re-anchoring must be cheap enough to run on every re-index: measured on the longest sample report. */
class ReanchorPerformanceTest {
    private static final Logger LOG = LoggerFactory.getLogger(ReanchorPerformanceTest.class);

    @Test
    void reanchoringEveryClaimOfTheLongestSampleIsFast() throws Exception {
        String text = TestReports.corpusText("003");
        List<Claim> claims = TestReports.sentences("r", text);
        List<Anchor> anchors = new ArrayList<>();
        for (Claim c : claims) {
            anchors.add(new Anchor(anchors.size(), "r", c.id(), TextAnchors.quote(text, c.start(), c.end()),
                    new TextPosition(c.start(), c.end()), AnchorStatus.ANCHORED, AnchorMethod.CREATED, 1));
        }
        Reanchorer r = new Reanchorer();
        r.reanchor(anchors, text, claims); // warm-up

        long t0 = System.nanoTime();
        List<Reanchorer.Placement> same = r.reanchor(anchors, text, claims);
        double unchangedMs = (System.nanoTime() - t0) / 1e6;
        assertTrue(same.stream().allMatch(p -> p.method() == AnchorMethod.POSITION));

        String shifted = "A new preface.\n\n" + text.replace("  ", " ");
        t0 = System.nanoTime();
        List<Reanchorer.Placement> moved = r.reanchor(anchors, shifted, TestReports.sentences("r", shifted));
        double movedMs = (System.nanoTime() - t0) / 1e6;
        assertEquals(0, moved.stream().filter(p -> p.status() == AnchorStatus.ORPHAN).count());

        // One character changed in every claim: every anchor goes through the fuzzy matcher.
        StringBuilder edited = new StringBuilder(text);
        for (Claim c : claims) {
            int mid = (c.start() + c.end()) / 2;
            edited.setCharAt(mid, edited.charAt(mid) == 'x' ? 'y' : 'x');
        }
        t0 = System.nanoTime();
        List<Reanchorer.Placement> fuzzy = r.reanchor(anchors, edited.toString(), claims);
        double fuzzyMs = (System.nanoTime() - t0) / 1e6;
        long fuzzyCount = fuzzy.stream().filter(p -> p.method() == AnchorMethod.FUZZY).count();
        long orphans = fuzzy.stream().filter(p -> p.status() == AnchorStatus.ORPHAN).count();
        LOG.info("re-anchoring {} anchors on {} chars: unchanged {} ms, shifted {} ms, all edited {} ms ({} fuzzy,"
                + " {} orphans)", anchors.size(), text.length(), String.format(Locale.ROOT, "%.1f", unchangedMs),
                String.format(Locale.ROOT, "%.1f", movedMs), String.format(Locale.ROOT, "%.1f", fuzzyMs), fuzzyCount, orphans);
        assertEquals(0, orphans);
        String e = edited.toString();
        for (int i = 0; i < anchors.size(); i++) {
            TextPosition now = fuzzy.get(i).position();
            if (!now.equals(anchors.get(i).position())) {
                // Only a verbatim copy of the words elsewhere (in near-identical context) may win over the edited
                // original: still the same words.
                assertEquals(anchors.get(i).quote().exact().replaceAll("\\s+", " "),
                        e.substring(now.start(), now.end()).replaceAll("\\s+", " "));
            }
        }
        assertTrue(fuzzyMs < 10_000, "fuzzy re-anchoring of a whole report took " + fuzzyMs + " ms");
    }
}
