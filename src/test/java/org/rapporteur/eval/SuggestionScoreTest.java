package org.rapporteur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.eval.SuggestionScore.ByExample;
import org.rapporteur.eval.SuggestionScore.Outcome;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;

/** The arithmetic of the code-suggestion evaluation, and how keyed quotes are found among a report's claims. */
class SuggestionScoreTest {
    private static SuggestionScore fourClaims() {
        SuggestionScore s = new SuggestionScore();
        s.add(new Outcome("a", Set.of("health"), List.of("health", "economy"), List.of(0.9, 0.1))); // right first
        s.add(new Outcome("b", Set.of("economy", "trade"), List.of("health", "security", "trade"),
                List.of(0.5, 0.3, 0.2))); // right third
        s.add(new Outcome("c", Set.of("security"), List.of("health", "economy", "rights", "security"),
                List.of(0.4, 0.3, 0.2, 0.1))); // right only fourth: not in the top 3
        s.add(new Outcome("d", Set.of("security"), List.of(), List.of())); // nothing suggested
        return s;
    }

    @Test
    void aHitIsAKeyedTagAmongTheFirstThreeAndNothingSuggestedIsAMiss() {
        SuggestionScore s = fourClaims();
        assertEquals(4, s.claims());
        assertEquals(0.5, s.top3(), 1e-9);
        assertEquals(0.25, s.top1(), 1e-9);
        assertEquals(1, s.withoutSuggestion());
    }

    @Test
    void confidenceOfTheFirstSuggestionIsAveragedSeparatelyWhenRightAndWhenWrong() {
        SuggestionScore s = fourClaims();
        assertEquals(1, s.rightFirst());
        assertEquals(2, s.wrongFirst());
        assertEquals(0.9, s.meanConfidenceRightFirst(), 1e-9);
        assertEquals(0.45, s.meanConfidenceWrongFirst(), 1e-9);
        assertTrue(Double.isNaN(new SuggestionScore().meanConfidenceRightFirst()));
    }

    @Test
    void perTagRecallCountsTheTagItselfInTheTopThree() {
        var rows = fourClaims().perTag(List.of("security", "health", "trade"));
        assertEquals(2, rows.get(0).keyed()); // c and d; c has it only fourth
        assertEquals(0, rows.get(0).inTop3());
        assertEquals(1, rows.get(1).keyed());
        assertEquals(1, rows.get(1).inTop3());
        assertEquals(1, rows.get(2).inTop3());
    }

    @Test
    void theFrequencyBaselineLeavesTheClaimItselfOut() {
        SuggestionScore s = new SuggestionScore();
        s.add(new Outcome("a", Set.of("x"), List.of(), List.of()));
        s.add(new Outcome("b", Set.of("y"), List.of(), List.of()));
        s.add(new Outcome("c", Set.of("y"), List.of(), List.of()));
        s.add(new Outcome("d", Set.of("z"), List.of(), List.of()));
        s.add(new Outcome("e", Set.of("w"), List.of(), List.of()));
        // Without a, the top three are y (2), then w and z (1 each, by name): a's x is not among them; b, c find y;
        // without d the top three are y, w, x: z is missing; without e they are y, x, z: w is missing.
        assertEquals(2.0 / 5, s.frequencyBaselineTop3(), 1e-9);
    }

    @Test
    void byExamplePrecisionCountsOnlyKeyedCandidates() {
        ByExample e = new ByExample("health", 6, 6, 20, 5, 4, 15);
        assertEquals(0.8, e.precision(), 1e-9);
        assertEquals(4.0 / 6, e.recallOfHeldOut(), 1e-9);
        assertTrue(Double.isNaN(new ByExample("x", 1, 1, 20, 0, 0, 20).precision()));
        assertEquals(5.0 / 7, SuggestionScore.pooledPrecision(List.of(e, new ByExample("y", 3, 3, 20, 2, 1, 18))),
                1e-9);
    }

    @Test
    void anOutcomeNeedsOneConfidencePerSuggestion() {
        assertThrows(IllegalArgumentException.class, () -> new Outcome("a", Set.of(), List.of("x"), List.of()));
    }

    @Test
    void aKeyedQuoteIsFoundInTheShortestClaimHoldingItLooselyOrByItsLongerHalf() {
        List<ClaimRecord> claims = List.of(
                claim("c1", "Intro. The city\u2019s **poor** struggle with   inadequate access to quality health care, "
                        + "and more."),
                claim("c2", "The city's poor struggle with inadequate access to quality health care."),
                claim("c3", "Establishing trade corridors from Pakistan to Afghanistan and the Central Asian Republics"));
        assertEquals("c2", KeyedClaims.holding("the city\u2019s poor struggle with inadequate access to quality", claims));
        // a sentence the segmenter cut after "Republics": the first 12 of its 13 words lie in c3
        assertEquals("c3", KeyedClaims.holding(
                "Establishing trade corridors from Pakistan to Afghanistan and the Central Asian Republics presents",
                claims));
        assertNull(KeyedClaims.holding("nothing of this sentence occurs in any of the claims above at all", claims));
    }

    private static ClaimRecord claim(String id, String text) {
        return new ClaimRecord(new Claim(id, "r", 0, text.length(), text, null, List.of(), Claim.Kind.SENTENCE, null,
                null), "src", "title", null, null, null, List.of());
    }
}
