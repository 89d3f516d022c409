package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionEvidence;
import org.rapporteur.model.Person;

/**
 * The resolver on hand-made evidence over a two-claim invented text, in a layout without priors (every prior is 1),
 * so the expected winner follows from the weights alone: {@code 1 − Π(1 − w)} over distinct cues.
 */
class EvidenceResolverTest {
    private static final String TEXT = """
            Harbour notes

            The outer channel silts up every winter. Dredging twice a year doubles the cost.
            """;
    private static final Candidate ASANTE = Candidate.of(Person.named("Kwame Asante"));
    private static final Candidate LINDAHL = Candidate.of(Person.named("Tove Lindahl"));
    private static final Candidate INSTITUTE = Candidate.body("Harbour Policy Institute");

    private static AttributionContext ctx() {
        return Detected.context(TEXT, Layout.UNKNOWN);
    }

    private static Evidence everywhere(Candidate c, Cue cue, double w) {
        return new Evidence(c, 0, TEXT.length(), cue, w, c.name() + " by " + cue.label());
    }

    private static Attribution resolve(List<Evidence> evidence, String fragment) {
        AttributionContext ctx = ctx();
        ClaimDraft claim = ctx.claims().stream().filter(c -> TEXT.substring(c.start(), c.end()).contains(fragment))
                .findFirst().orElseThrow();
        return new EvidenceResolver(ctx, evidence).resolve(claim);
    }

    static Stream<Arguments> contests() {
        return Stream.of(
                // 1 − 0.6 × 0.6 = 0.64 beats 0.6
                arguments("two weak signals beat one stronger signal", List.of(
                        everywhere(ASANTE, Cue.REPORTED_SPEECH, 0.4), everywhere(ASANTE, Cue.PRONOUN, 0.4),
                        everywhere(LINDAHL, Cue.QUOTATION, 0.6)), "Kwame Asante"),
                // the same cue twice is one signal: 0.4 loses to 0.6
                arguments("the same cue twice does not add up", List.of(
                        everywhere(ASANTE, Cue.REPORTED_SPEECH, 0.4), everywhere(ASANTE, Cue.REPORTED_SPEECH, 0.4),
                        everywhere(LINDAHL, Cue.QUOTATION, 0.6)), "Tove Lindahl"),
                arguments("a single strong signal wins alone", List.of(
                        everywhere(LINDAHL, Cue.QUOTATION, 0.8), everywhere(INSTITUTE, Cue.ORGANISATION_VOICE, 0.3)),
                        "Tove Lindahl"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contests")
    void weighsIndependentSignals(String why, List<Evidence> evidence, String expected) {
        assertEquals(expected, resolve(evidence, "silts up").creditedName());
    }

    @Test
    void theFloorPassesToTheLatestTurn() {
        int second = TEXT.indexOf("Dredging twice");
        // Asante's turn is the stronger, but Lindahl took the floor before the second claim
        List<Evidence> turns = List.of(
                new Evidence(ASANTE, 0, TEXT.length(), Cue.TRANSCRIPT_TURN, 0.9, "turn of Asante"),
                new Evidence(LINDAHL, second, TEXT.length(), Cue.TRANSCRIPT_TURN, 0.7, "turn of Lindahl"));
        assertEquals("Kwame Asante", resolve(turns, "silts up").creditedName());
        assertEquals("Tove Lindahl", resolve(turns, "Dredging twice").creditedName());
    }

    @Test
    void aPersonBelowTheThresholdIsNotNamed() {
        Attribution a = resolve(List.of(everywhere(ASANTE, Cue.REPORTED_SPEECH, 0.4),
                everywhere(INSTITUTE, Cue.ORGANISATION_VOICE, 0.25)), "silts up");
        assertNull(a.speaker(), a.toString());
        assertEquals("Harbour Policy Institute", a.attributedTo());
        assertTrue(a.confidence() <= EvidenceResolver.FALLBACK_CONFIDENCE, a.toString());
    }

    @Test
    void aPersonBelowTheThresholdWithNoOrganisationIsNobody() {
        Attribution a = resolve(List.of(everywhere(ASANTE, Cue.REPORTED_SPEECH, 0.3)), "silts up");
        assertNull(a.creditedName(), a.toString());
    }

    @Test
    void keepsTheRunnerUpAndTheEvidenceForAndAgainst() {
        Attribution a = resolve(List.of(everywhere(ASANTE, Cue.REPORTED_SPEECH, 0.4), everywhere(ASANTE, Cue.PRONOUN, 0.4),
                everywhere(LINDAHL, Cue.QUOTATION, 0.6)), "silts up");
        assertNotNull(a.runnerUp());
        assertEquals("Tove Lindahl", a.runnerUp().name());
        assertEquals(0.6, a.runnerUp().confidence(), 1e-9);
        assertEquals(3, a.evidence().size(), a.evidence().toString());
        for (AttributionEvidence e : a.evidence()) {
            assertEquals(e.candidate().equals("Kwame Asante"), e.chosen(), e.toString());
        }
        // strongest first
        assertEquals("Tove Lindahl", a.evidence().getFirst().candidate());
    }
}
