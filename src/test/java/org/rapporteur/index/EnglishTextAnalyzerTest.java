package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Token;

class EnglishTextAnalyzerTest {
    private final EnglishTextAnalyzer analyzer = new EnglishTextAnalyzer();

    @ParameterizedTest
    @CsvSource({
            "militants, militancy",
            "militant, militancy",
            "terrorists, terrorist",
            "refugees, refugee",
            "Pakistan's, pakistan",
            "negotiations, negotiation"
    })
    void wordsOfOneFamilyMeetInOneTerm(String a, String b) {
        assertEquals(single(a), single(b));
    }

    @Test
    void offsetsPointAtTheWordsAsWritten() {
        String text = "The Militants' camps near Kabul.";
        List<Token> tokens = analyzer.analyze(text);
        assertTrue(tokens.stream().noneMatch(t -> t.term().equals("the")), "stop words are dropped");
        for (Token t : tokens) {
            String written = text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
            assertTrue(written.startsWith(t.term().substring(0, Math.min(3, t.term().length()))), t + " vs " + written);
        }
        assertEquals("Kabul", text.substring(tokens.getLast().start(), tokens.getLast().end()));
    }

    private String single(String word) {
        List<Token> tokens = analyzer.analyze(word);
        assertEquals(1, tokens.size(), () -> word + " -> " + tokens);
        return tokens.getFirst().term();
    }
}
