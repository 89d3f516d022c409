package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;

/**
 * Where speaker labels stand, on invented dialogues: each row lists the labels a reader sees, in order. Negative rows
 * are texts with colons or capitals that are not a dialogue: they must yield no turn at all.
 */
class TurnDetectorTest {
    private static final String HANSARD = """
            HON. R. T. VALEMEI.- Madam Speaker, I rise to support the fisheries bill.
            HON. L. K. DRAUNA.- Madam Speaker, the bill is rushed and the reefs will pay for it.
            HON. R. T. VALEMEI.- It has been before the committee for a full year.
            """;
    /** Inline labels after a sentence end: the page's line breaks were lost. */
    private static final String FLAT_INLINE = "Harbour roundtable, notes of the evening. Ambassador Kerrigan: The harbour deal is"
            + " fair to both towns. Dr Oduya: It favours the larger port. Ambassador Kerrigan: Both ports gain berths."
            + " Dr Oduya: Only on paper, and paper does not dredge.\n";

    static Stream<Arguments> dialogues() {
        return Stream.of(
                arguments("line-start Name: labels", """
                        Panel transcript

                        MARTA VOSS: Grain reserves are low this year.
                        Teodor Brandt: They were lower in the drought.
                        MARTA VOSS: Not by this measure.
                        Teodor Brandt: Then we disagree on the measure.
                        """, List.of("MARTA VOSS", "Teodor Brandt", "MARTA VOSS", "Teodor Brandt")),
                arguments("bold labels", """
                        **Ilka Moreau**: The tram extension is late.
                        **Benedek Sallai**: Late, but under budget.
                        **Ilka Moreau**: Under a budget that was doubled.
                        **Benedek Sallai**: Doubled before I took office.
                        """, List.of("Ilka Moreau", "Benedek Sallai", "Ilka Moreau", "Benedek Sallai")),
                arguments("time-stamped labels", """
                        [00:12:03] OKONJO: The rains came three weeks late.
                        [00:12:41] PELLEGRINI: And the harvest with them.
                        [00:13:02] OKONJO: Prices doubled by August.
                        [00:13:30] PELLEGRINI: Then fell by October.
                        """, List.of("OKONJO", "PELLEGRINI", "OKONJO", "PELLEGRINI")),
                arguments("Hansard labels at line starts", HANSARD,
                        List.of("HON. R. T. VALEMEI", "HON. L. K. DRAUNA", "HON. R. T. VALEMEI")),
                arguments("Hansard label glued to the heading before it",
                        "FISHERIES AMENDMENT BILL HON. R. T. VALEMEI.- Madam Speaker, I move the second reading.\n" + HANSARD,
                        List.of("HON. R. T. VALEMEI", "HON. R. T. VALEMEI", "HON. L. K. DRAUNA", "HON. R. T. VALEMEI")),
                arguments("Hansard labels inside one flattened paragraph",
                        "HON. R. T. VALEMEI.- Madam Speaker, I support the bill. HON. L. K. DRAUNA.- Madam Speaker, the"
                                + " reefs will pay for it. HON. R. T. VALEMEI.- The committee heard the reef owners.\n",
                        List.of("HON. R. T. VALEMEI", "HON. L. K. DRAUNA", "HON. R. T. VALEMEI")),
                arguments("US committee style", """
                        The CHAIRMAN. The committee will come to order.
                        Mr. HOLLOWAY. Thank you, Mr. Chairman.
                        The CHAIRMAN. Please proceed with your statement.
                        Mr. HOLLOWAY. Our agency has cut its backlog by half.
                        """, List.of("The CHAIRMAN", "Mr. HOLLOWAY", "The CHAIRMAN", "Mr. HOLLOWAY")),
                arguments("inline labels after a sentence end in one long line", FLAT_INLINE,
                        List.of("Ambassador Kerrigan", "Dr Oduya", "Ambassador Kerrigan", "Dr Oduya")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogues")
    void findsTheLabelsOfADialogue(String why, String text, List<String> labels) {
        assertEquals(labels, TurnDetector.find(text).stream().map(TurnDetector.Turn::label).toList());
    }

    static Stream<Arguments> notDialogues() {
        return Stream.of(
                arguments("one Note: line in prose", """
                        The ferry timetable changes in May.

                        Note: the winter timetable stays in force until then.

                        Fares will rise by four percent.
                        """),
                arguments("Summary: and Source: fields", """
                        Summary: Ferry fares rise in May.
                        Source: Island Transport Board.

                        Summary: Winter timetable ends.
                        Source: Island Transport Board.
                        """),
                arguments("prose containing colons", """
                        The board set three aims: lower fares, faster boarding and fewer cancellations. Critics add a
                        fourth: honest timetables. The result is clear: ridership rose. The lesson is simple: listen.
                        """),
                arguments("enumerations", """
                        Option A: Keep the old ferry in service.
                        Option B: Lease a second ferry.
                        Step 1: Survey the hull.
                        Step 2: Tender the repairs.
                        """),
                arguments("only two labelled lines", """
                        The island council met on Tuesday.

                        Ruth Kessler: I support the new pier.
                        Pavel Ostrov: So do I, if it is paid for.

                        The vote was postponed.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notDialogues")
    void findsNoTurnsOutsideADialogue(String why, String text) {
        assertEquals(List.of(), TurnDetector.find(text));
    }

    @Test
    void aBracketedRoleIsTheTurnsRole() {
        String text = """
                HON. S. NAIVALU (Minister for Fisheries).- Madam Speaker, the reef closures will be lifted in June.
                HON. L. K. DRAUNA.- Madam Speaker, the owners were not consulted.
                HON. S. NAIVALU (Minister for Fisheries).- They were consulted twice.
                """;
        List<TurnDetector.Turn> turns = TurnDetector.find(text);
        assertEquals(List.of("HON. S. NAIVALU", "HON. L. K. DRAUNA", "HON. S. NAIVALU"),
                turns.stream().map(TurnDetector.Turn::label).toList());
        assertEquals("Minister for Fisheries", turns.getFirst().role());
        assertEquals(null, turns.get(1).role());
    }

    @Test
    void theHeadingBeforeAGluedLabelIsNotPartOfIt() {
        String text = "FISHERIES AMENDMENT BILL HON. R. T. VALEMEI.- Madam Speaker, I move the second reading.\n" + HANSARD;
        TurnDetector.Turn first = TurnDetector.find(text).getFirst();
        assertEquals(text.indexOf("HON."), first.labelStart());
        assertEquals(text.indexOf("Madam"), first.contentStart());
    }

    @Test
    void noClaimStartsWithASpeakerLabel() {
        Report r = Invented.structure("""
                Panel transcript

                MARTA VOSS: Grain reserves are low this year.
                Teodor Brandt: They were lower in the drought.
                MARTA VOSS: Not by this measure.
                Teodor Brandt: Then we disagree on the measure.
                """);
        for (Claim c : r.claims()) {
            assertFalse(c.text().startsWith("MARTA VOSS") || c.text().startsWith("Teodor Brandt"), c.text());
        }
    }

    @Test
    void anInlineLabelSplitsAClaim() {
        Report r = Invented.structure(FLAT_INLINE);
        // the two speakers' words sit in one line; the label between them must cut the claim
        Claim fair = Invented.claim(r, "harbour deal is");
        assertFalse(fair.text().contains("larger port"), fair.text());
        assertFalse(fair.text().contains("Oduya"), fair.text());
        Claim larger = Invented.claim(r, "larger port");
        assertTrue(larger.text().startsWith("It favours"), larger.text());
    }
}
