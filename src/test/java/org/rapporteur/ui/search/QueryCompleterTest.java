package org.rapporteur.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryCompleterTest {
    private final QueryCompleter completer = new QueryCompleter(Map.of(
            "country", List.of("Pakistan", "Afghanistan", "India", "Papua New Guinea"),
            "speaker", List.of("Amina Rahimi", "Jonas Berg"),
            "theme", List.of("Security", "Security/Terrorism and militancy")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            country:Pa                  | Pakistan         | country:Pakistan
            country:afgh                | Afghanistan      | country:Afghanistan
            peace AND country:Ind       | India            | peace AND country:India
            country:Papua               | Papua New Guinea | country:"Papua New Guinea"
            speaker:"Amina R            | Amina Rahimi     | speaker:"Amina Rahimi"
            speaker:berg                | Jonas Berg       | speaker:"Jonas Berg"
            theme:terror                | Security/Terrorism and militancy | theme:"Security/Terrorism and militancy"
            -country:Pak                | Pakistan         | -country:Pakistan
            """)
    void completesTheFieldValueUnderTheCaret(String typed, String label, String query) {
        List<QueryCompleter.Completion> out = completer.complete(typed, typed.length(), 10);
        assertTrue(!out.isEmpty(), "no completion for " + typed);
        assertEquals(label, out.getFirst().label());
        assertEquals(query, out.getFirst().query());
        assertEquals(query.length(), out.getFirst().caret());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pakistan
            unknownfield:Pa
            country:zzz
            """)
    void offersNothingOutsideAKnownField(String typed) {
        assertEquals(List.of(), completer.complete(typed, typed.length(), 10));
    }

    @org.junit.jupiter.api.Test
    void keepsTheTextAfterTheCaret() {
        String q = "country:Ind AND peace";
        List<QueryCompleter.Completion> out = completer.complete(q, "country:Ind".length(), 10);
        assertEquals("country:India AND peace", out.getFirst().query());
        assertEquals("country:India".length(), out.getFirst().caret());
    }

    @org.junit.jupiter.api.Test
    void prefixMatchesComeBeforeInnerMatches() {
        List<QueryCompleter.Completion> out = completer.complete("country:an", 10, 10);
        // "Afghanistan", "Pakistan" contain "an" but none starts with it; all are offered, at most max.
        assertTrue(out.stream().map(QueryCompleter.Completion::label).toList().containsAll(List.of("Afghanistan",
                "Pakistan")));
        assertEquals(2, completer.complete("country:a", 9, 2).size());
    }
}
