package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The reporting-verb lists of {@link ReportedSpeech}: each verb once, and each list doing its job. */
class ReportingVerbListsTest {
    static Stream<Arguments> lists() {
        return Stream.of(Arguments.of("VERBS", ReportedSpeech.VERBS),
                Arguments.of("QUOTE_VERBS", ReportedSpeech.QUOTE_VERBS),
                Arguments.of("TRAIL_VERBS", ReportedSpeech.TRAIL_VERBS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void noVerbIsListedTwice(String name, List<String> verbs) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (String v : verbs) {
            // "emphasi[sz]ed" already says "emphasised" and "emphasized"
            for (String spelling : new HashSet<>(List.of(v.replace("[sz]", "s"), v.replace("[sz]", "z")))) {
                if (!seen.add(spelling)) {
                    repeated.add(spelling);
                }
            }
        }
        assertEquals(List.of(), repeated, name + " repeats verbs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dr Amina Yusuf emphasised that the levy must rise.        | Dr Amina Yusuf
            Dr Amina Yusuf emphasized that the levy must rise.        | Dr Amina Yusuf
            Dr Amina Yusuf was of the view that the levy must rise.   | Dr Amina Yusuf
            Dr Amina Yusuf opined that the levy must rise.            | Dr Amina Yusuf
            """)
    void aListedVerbStillReportsItsSubject(String sentence, String speaker) {
        ReportedSpeech.Subject s = ReportedSpeech.subject(sentence);
        assertNotNull(s, sentence);
        assertEquals(speaker, s.phrase());
    }
}
