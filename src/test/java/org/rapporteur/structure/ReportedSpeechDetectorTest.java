package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;

/**
 * Reported speech in an organisation's workshop report: every way prose tells who said something. Negative rows
 * name a group, mention a person who does not speak, or put a heading between a pronoun and the name.
 */
class ReportedSpeechDetectorTest {
    private static final String FRONT = """
            Harbour Policy Institute

            Workshop Report

            Introduction

            The Harbour Policy Institute (HPI) held a workshop on port finance on 12 June 2031.

            Discussion

            """;

    static Stream<Arguments> speakers() {
        return Stream.of(
                arguments("subject at the start", """
                        Dr. Kwame Asante, an economist at the Coastal Bank, said that port fees must rise.
                        """, "port fees must rise", "Kwame Asante"),
                arguments("speaker after the words, a surname of someone introduced with a role", """
                        Adaeze Okafor, the transport minister, opened the second session. Port fees must rise by a tenth, Okafor said.
                        """, "rise by a tenth", "Adaeze Okafor"),
                arguments("according to X in the middle of the sentence", """
                        The dredging budget, according to Tove Lindahl, is already spent.
                        """, "dredging budget", "Tove Lindahl"),
                arguments("quotation, says economist X", """
                        “Tolls will not fix the channel,” says economist Pia Marchetti.
                        """, "Tolls will not fix", "Pia Marchetti"),
                arguments("pronoun for the last person named", """
                        Dr. Kwame Asante, an economist at the Coastal Bank, said that port fees must rise. He added that ships will divert to rival ports.
                        """, "ships will divert", "Kwame Asante"),
                arguments("an open quotation continues in the next sentence", """
                        Ms. Tove Lindahl said: “The channel silts up every winter. Dredging it twice a year doubles the cost.”
                        """, "Dredging it twice", "Tove Lindahl"),
                arguments("an unattributed quotation paragraph continues the last quoted person", """
                        “Tolls will not fix the channel,” says economist Pia Marchetti.

                        “Only a new breakwater will stop the silt.”
                        """, "new breakwater", "Pia Marchetti"));
    }

    /** An institution as the subject speaks as a body (no person), and "It" goes on with it. */
    static Stream<Arguments> bodies() {
        return Stream.of(
                arguments("the Government", """
                        The Government estimates that dredging will cost twice the budget.
                        """, "dredging will cost twice", "Government"),
                arguments("an acronym, then It", """
                        Dr. Kwame Asante, an economist at the Coastal Bank, said that port fees must rise. UNCTAD says that traffic fell by a third. It warns that smaller ports may close.
                        """, "smaller ports may close", "UNCTAD"),
                arguments("the ministry", """
                        The ministry said it would respond after the review.
                        """, "would respond after", "ministry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void creditsAnInstitutionAsABody(String why, String discussion, String fragment, String expected) {
        Report r = Invented.structure(FRONT + discussion);
        Claim c = Invented.claim(r, fragment);
        assertNull(c.attribution().speaker(), why + ": " + Invented.who(c));
        assertEquals(expected, c.attribution().attributedTo());
    }

    @Test
    void aPersonAfterABodyIsNotTheBody() {
        Report r = Invented.structure(FRONT + """
                UNCTAD says that traffic fell by a third. Dr. Kwame Asante, an economist at the Coastal Bank, said that port fees must rise. He added that ships will divert.
                """);
        assertEquals("Kwame Asante", Invented.who(Invented.claim(r, "ships will divert")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("speakers")
    void creditsTheReportedSpeaker(String why, String discussion, String fragment, String expected) {
        Report r = Invented.structure(FRONT + discussion);
        assertEquals(expected, Invented.who(Invented.claim(r, fragment)));
    }

    /** The credit comes from the reported speech itself, not from some other cue that happens to agree. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("speakers")
    void theCreditIsReportedSpeechOrAQuotation(String why, String discussion, String fragment, String expected) {
        Claim c = Invented.claim(Invented.structure(FRONT + discussion), fragment);
        assertTrue(c.attribution().method() == AttributionMethod.REPORTED_SPEECH
                || c.attribution().method() == AttributionMethod.QUOTED_STATEMENT, c.attribution().toString());
    }

    @Test
    void someParticipantsAreAGroupNotAPerson() {
        Report r = Invented.structure(FRONT + """
                Some participants said that the fees are already too high for small carriers.
                """);
        assertNull(Invented.claim(r, "already too high").attribution().speaker());
    }

    /** Rows that fail today because of the code, not the row; see each reason. */
    static Stream<Arguments> knownGaps() {
        return Stream.of(
                arguments("speaker after the words, a surname of someone introduced with an honorific", """
                        Minister Adaeze Okafor opened the second session. Port fees must rise by a tenth, Okafor said.
                        """, "rise by a tenth", "Adaeze Okafor"),
                arguments("according to X with an abbreviated honorific in the middle of the sentence", """
                        The dredging budget, according to Ms. Tove Lindahl, is already spent.
                        """, "dredging budget", "Tove Lindahl"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownGaps")
    void creditsTheReportedSpeakerKnownGaps(String why, String discussion, String fragment, String expected) {
        creditsTheReportedSpeaker(why, discussion, fragment, expected);
    }

    @Test
    void aPersonOnlyMentionedDoesNotSpeak() {
        Report r = Invented.structure(FRONT + """
                The dredging plan, which Minister Bruno Castellan announced last year, has stalled for lack of funds.
                """);
        assertNotEquals("Bruno Castellan", Invented.who(Invented.claim(r, "has stalled")));
    }

    @Test
    void aPronounNeverReachesAcrossAHeading() {
        Report r = Invented.structure(FRONT + """
                Dr. Kwame Asante, an economist at the Coastal Bank, said that port fees must rise.

                Outlook

                He said that traffic will recover by 2033.
                """);
        assertNotEquals("Kwame Asante", Invented.who(Invented.claim(r, "traffic will recover")));
    }
}
