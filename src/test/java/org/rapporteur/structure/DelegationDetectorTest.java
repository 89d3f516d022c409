package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The delegation a meeting-record sentence opens with, or {@code null} when the sentence names none. */
class DelegationDetectorTest {
    static Stream<Arguments> sentences() {
        return Stream.of(
                arguments("After a pause, the representative of Chile said that quotas must follow the science.", "Chile"),
                arguments("Speaking for the Philippines, the delegate asked for a longer review period.", "Philippines"),
                arguments("Kenya's representative stressed that small boats need a share of the catch.", "Kenya"),
                arguments("On enforcement, the delegate for Ghana argued for joint patrols.", "Ghana"),
                // negatives: no country, a group that is not a delegation, a person, a mention further in
                arguments("The representative said that the text was weak.", null),
                arguments("A delegation of farmers visited the ministry on Tuesday.", null),
                arguments("Minister Laila Haddad said that Chile must act on quotas.", null),
                arguments("Several speakers praised the work of the delegation of Chile.", null),
                arguments("The secretariat circulated a note on the budget.", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheDelegation(String sentence, String expected) {
        assertEquals(expected, DelegationDetector.delegation(sentence));
    }

    /** A meeting record's sentences usually open with a capital "The": those must be found too. */
    static Stream<Arguments> knownGaps() {
        return Stream.of(
                arguments("The representative of Chile said that quotas must follow the science.", "Chile"),
                arguments("The delegation of the Republic of Korea welcomed the draft text.", "Republic of Korea"),
                arguments("The permanent representative of Brazil noted the progress on data sharing.", "Brazil"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownGaps")
    void findsTheDelegationAfterACapitalThe(String sentence, String expected) {
        findsTheDelegation(sentence, expected);
    }
}
