package org.rapporteur.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many words of a known text an OCR'd text got right, two ways: {@link #oneMinusWer} (1 − word error rate: the
 * word edit distance, so order, insertions and deletions count) and {@link #recall} (share of the expected words
 * found, counting repeats). Words are compared in lower case without surrounding punctuation, so "security." and
 * "Security" are one word; a wrong letter inside a word makes it wrong.
 */
public final class WordAccuracy {
    private WordAccuracy() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\\s+")) {
            String w = raw.toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}“”‘’«»—–]+|[\\p{Punct}“”‘’«»—–]+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** 1 − (substitutions + insertions + deletions) / expected words; may go below 0 for garbage. */
    public static double oneMinusWer(String expected, String actual) {
        List<String> e = words(expected);
        List<String> a = words(actual);
        int[] previous = new int[a.size() + 1];
        int[] current = new int[a.size() + 1];
        for (int j = 0; j <= a.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= e.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= a.size(); j++) {
                int substitution = previous[j - 1] + (e.get(i - 1).equals(a.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return e.isEmpty() ? 1 : 1 - (double) previous[a.size()] / e.size();
    }

    /** Share of the expected words (with their repeats) that occur in the actual text. */
    public static double recall(String expected, String actual) {
        Map<String, Integer> found = new HashMap<>();
        for (String w : words(actual)) {
            found.merge(w, 1, Integer::sum);
        }
        List<String> e = words(expected);
        int hits = 0;
        for (String w : e) {
            Integer n = found.get(w);
            if (n != null && n > 0) {
                hits++;
                found.put(w, n - 1);
            }
        }
        return e.isEmpty() ? 1 : (double) hits / e.size();
    }
}
