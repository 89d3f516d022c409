package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Person;

/**
 * The speaker a speech's title names. A capitalised title word counts as a name only when the body does not use it
 * (a topic word recurs) and it is the only such word.
 */
class TitleSpeakerDetectorTest {
    private static final String SPEECH = """
            Thank you for coming. We must reopen the grain corridor this year.
            The corridor feeds millions, and our ports are ready for the ships.
            """;

    static Stream<Arguments> titles() {
        return Stream.of(
                arguments("Statement by Tomas Reinholt, Minister of Transport", SPEECH, "Tomas Reinholt"),
                arguments("Keynote address by Dr. Selma Okoro", SPEECH, "Selma Okoro"),
                arguments("Ambassador Lucia Ferrante on the future of the Danube", SPEECH, "Lucia Ferrante"),
                arguments("Vantongeren on the grain corridor", SPEECH, "Vantongeren"),
                // negatives: every capitalised word is a topic the body repeats; two unknown words
                arguments("Corridor, Ports and Ships", """
                        The corridor is open. Ports along the corridor are busy, and the ports want more ships.
                        More ships mean more fees for the ports.
                        """, null),
                arguments("Kessler and Brandvold on shipping", SPEECH, null),
                arguments("Why the grain corridor matters", SPEECH, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void namesTheSpeakerOfTheTitle(String title, String body, String expected) {
        assertEquals(expected, TitleSpeakerDetector.speakerIn(title, body).map(Person::name).orElse(null));
    }

    static Stream<Arguments> titleGaps() {
        return Stream.of(
                arguments("Remarks by Minister Tomas Reinholt on Port Reform", SPEECH, "Tomas Reinholt"),
                arguments("Remarks by Tomas Reinholt", SPEECH, "Tomas Reinholt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titleGaps")
    void namesTheSpeakerOfARemarksTitle(String title, String body, String expected) {
        namesTheSpeakerOfTheTitle(title, body, expected);
    }

    static Stream<Arguments> openings() {
        return Stream.of(
                arguments("Remarks by Minister Tomas Reinholt at the Port Authority", "Tomas Reinholt"),
                arguments("Opening statement by Ambassador Lucia Ferrante", "Lucia Ferrante"),
                // negatives: a line about the minister, not a speech by him; a heading that only mentions remarks
                arguments("Minister Tomas Reinholt visited the Port Authority", null),
                arguments("Remarks on the port budget", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openings")
    void remarksByNamesTheSpeaker(String firstLine, String expected) {
        DocumentScan scan = new StructureScanner(firstLine + "\n\n" + SPEECH).scan();
        assertEquals(expected, TitleSpeakerDetector.remarksBy(scan).map(Person::name).orElse(null));
    }
}
