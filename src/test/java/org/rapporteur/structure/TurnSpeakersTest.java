package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Person;
import org.rapporteur.model.Report;

/**
 * Who a turn label names. The first table resolves labels against people already introduced (expected {@code null}
 * person means the label must resolve to a body, never to a person); the second reads whole invented dialogues,
 * where the roles come from the document itself.
 */
class TurnSpeakersTest {
    private static final String PROSE = "Our guest is Helga Marquardt, director of the Inland Shipping Council.";

    static Stream<Arguments> labels() {
        return Stream.of(
                arguments("surname to the introduced full name", List.of("Helga Marquardt"), "Marquardt", "Helga Marquardt"),
                arguments("honorific and surname", List.of("Helga Marquardt"), "Ms Marquardt", "Helga Marquardt"),
                arguments("upper-case surname the text names in full", List.of(), "MARQUARDT", "Helga Marquardt"),
                arguments("initials of one person", List.of("Jonas Bertrand", "Miriam Castell"), "JB", "Jonas Bertrand"),
                arguments("Q is the audience", List.of("Helga Marquardt"), "Q", "body:Audience"),
                arguments("a role nobody was introduced under", List.of("Helga Marquardt"), "The Registrar", "body"));
    }

    /** {@code expected}: a person's name, "body" for any body, or "body:Name" for that body. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void resolvesALabel(String why, List<String> introduced, String label, String expected) {
        PersonIndex ix = new PersonIndex();
        introduced.forEach(n -> ix.add(Person.named(n)));
        Candidate c = new TurnSpeakers(ix, null, PROSE).resolve(label).candidate();
        if (expected.startsWith("body")) {
            assertFalse(c.isPerson(), "resolved to a person: " + c.name());
            if (expected.startsWith("body:")) {
                assertEquals(expected.substring(5), c.name());
            }
        } else {
            assertEquals(expected, c.name());
        }
    }

    @Test
    void initialsTwoPeopleShareAreNotAPerson() {
        PersonIndex ix = new PersonIndex();
        ix.add(Person.named("Jonas Bertrand"));
        ix.add(Person.named("Julia Brenner"));
        Candidate c = new TurnSpeakers(ix, null, PROSE).resolve("JB").candidate();
        assertFalse(c.isPerson(), "resolved to a person: " + c.name());
    }

    @Test
    void aSurnameTwoPeopleShareIsNeither() {
        PersonIndex ix = new PersonIndex();
        ix.add(Person.named("Anna Lindqvist"));
        ix.add(Person.named("Erik Lindqvist"));
        String text = "Anna Lindqvist chairs the port board; Erik Lindqvist audits it.";
        Candidate c = new TurnSpeakers(ix, null, text).resolve("LINDQVIST").candidate();
        assertNotEquals("Anna Lindqvist", c.name());
        assertNotEquals("Erik Lindqvist", c.name());
    }

    @Test
    void anUpperCaseLabelIsReadInNameCase() {
        // initials stay capitals, each part of a double-barrelled name is capitalised
        assertEquals("Hon. T. K. Ravuvu-Lewa", TurnSpeakers.labelCase("HON. T. K. RAVUVU-LEWA"));
        assertEquals("Ms Marquardt", TurnSpeakers.labelCase("Ms Marquardt"));
        Candidate c = new TurnSpeakers(new PersonIndex(), null, "").resolve("HON. T. K. RAVUVU-LEWA").candidate();
        assertEquals("T. K. Ravuvu-Lewa", c.name());
    }

    private static final String HEARING = """
            Public Inquiry into the Harbour Fire

            Day 4 transcript

            MR OSWIN TALLIS (sworn)

            Questions From Counsel to the Inquiry

            Ms Pemberton: Please give the inquiry your full name.
            The Witness: Oswin Tallis. I was the harbour master in 2029.
            Ms Pemberton: When did the alarm sound?
            The Witness: Shortly after midnight, as far as I recall.
            Counsel Inquiry: Who raised the alarm that night?
            The Witness: A night watchman raised it from the crane.
            """;

    static Stream<Arguments> dialogues() {
        return Stream.of(
                arguments("The Witness is the person sworn in", HEARING, "watchman raised it", "Oswin Tallis"),
                arguments("Counsel Inquiry is the one questioning after the heading", HEARING,
                        "Who raised the alarm", "Pemberton"),
                arguments("a surname label is the full name the text introduced", """
                        River ports roundtable

                        Presenter: Our guest is Helga Marquardt, director of the Inland Shipping Council.
                        Marquardt: Thank you. Barge traffic fell by a fifth last year.
                        Presenter: Why did it fall?
                        Marquardt: Low water on the upper river stopped the heavy barges.
                        Presenter: Is dredging the answer?
                        Marquardt: Dredging buys a season, not a decade.
                        """, "Dredging buys a season", "Helga Marquardt"),
                arguments("Q is the audience", """
                        Lecture on coastal defence, with questions

                        Prof. Ines Vahl: Sea walls buy time for the delta towns.
                        Q: Sea walls fail in the big storms, surely.
                        Prof. Ines Vahl: Perhaps, but they buy thirty years.
                        Q: Thirty years is not long for a town.
                        Prof. Ines Vahl: Then managed retreat must follow.
                        """, "fail in the big storms", "Audience"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogues")
    void creditsTheTurnToWhomTheLabelNames(String why, String text, String fragment, String expected) {
        Report r = Invented.structure(text);
        String who = Invented.who(Invented.claim(r, fragment));
        if (expected.contains(" ") || expected.equals("Audience")) {
            assertEquals(expected, who);
        } else {
            // the counsel is only ever called by her surname
            assertEquals(expected, who.substring(who.lastIndexOf(' ') + 1));
        }
    }

    @Test
    void aRoleLabelNobodyWasIntroducedUnderIsABodyInADialogue() {
        Report r = Invented.structure("""
                Harbour licensing hearing

                The Registrar: The licence of the northern quay is up for renewal.
                Helga Marquardt: We ask for ten years.
                The Registrar: The board offers five.
                Helga Marquardt: Five years does not repay a crane.
                """);
        assertNull(Invented.claim(r, "northern quay").attribution().speaker());
    }
}
