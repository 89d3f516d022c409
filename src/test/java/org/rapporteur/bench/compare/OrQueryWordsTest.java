package org.rapporteur.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OrQueryWordsTest {
    /** An invented vocabulary: 2,000 words with document frequencies, plus numbers, short words and odd tokens. */
    private static Map<String, Integer> vocabulary(long seed) {
        Random r = new Random(42);
        Map<String, Integer> words = new LinkedHashMap<>();
        while (words.size() < 2000) {
            StringBuilder w = new StringBuilder();
            int len = 4 + r.nextInt(8);
            for (int j = 0; j < len; j++) {
                w.append((char) ('a' + r.nextInt(26)));
            }
            words.putIfAbsent(w.toString(), 1 + r.nextInt(200));
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(words.entrySet());
        entries.add(Map.entry("1990", 5000));
        entries.add(Map.entry("war", 5000));
        entries.add(Map.entry("co2e", 5000));
        entries.add(Map.entry("naïve", 5000));
        Collections.shuffle(entries, new Random(seed)); // a different insertion order each time
        Map<String, Integer> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Test
    void theSameVocabularyGivesTheSameQueryWhateverItsOrder() {
        List<String> a = OrQueryWords.pick(vocabulary(1), 300, 20);
        List<String> b = OrQueryWords.pick(vocabulary(2), 300, 20);
        assertEquals(a, b);
        assertEquals(OrQueryWords.query(a), OrQueryWords.query(b));
    }

    @Test
    void picksThreeHundredDistinctPlainWordsThatEnoughDocumentsHold() {
        Map<String, Integer> vocab = vocabulary(3);
        List<String> words = OrQueryWords.pick(vocab, 300, 20);
        assertEquals(300, words.size());
        assertEquals(300, new HashSet<>(words).size());
        for (String w : words) {
            assertTrue(w.matches("[a-z]{4,}"), w);
            assertTrue(vocab.get(w) >= 20, w);
        }
        assertFalse(words.contains("1990"));
        assertFalse(words.contains("war"));
        assertFalse(words.contains("co2e"));
        assertFalse(words.contains("naïve"));
        List<String> sorted = new ArrayList<>(words);
        Collections.sort(sorted);
        assertEquals(sorted, words, "alphabetical, spread over the whole list");
        assertTrue(words.getFirst().compareTo("c") < 0 && words.getLast().compareTo("x") > 0);
    }

    @Test
    void aSmallVocabularyGivesEveryEligibleWord() {
        List<String> words = OrQueryWords.pick(Map.of("peace", 30, "security", 40, "rare", 1, "war", 50), 300, 20);
        assertEquals(List.of("peace", "security"), words);
        assertEquals("peace OR security", OrQueryWords.query(words));
    }
}
