package org.rapporteur.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists the structurer's rules read from {@code src/main/resources/org/rapporteur/structure}: honorifics,
 * post-nominals, role words, institutional section titles and words that never appear in a name line. Loaded once,
 * immutable, shared by all threads.
 */
final class WordLists {
    /** Honorifics, longest first, so that "Lt. Gen." wins over "Lt.". */
    static final List<String> HONORIFICS = sortedLongestFirst(load("honorifics.txt"));
    static final List<String> POST_NOMINALS = sortedLongestFirst(load("post-nominals.txt"));
    static final Set<String> ROLE_WORDS = lowerSet(load("role-words.txt"));
    static final List<String> INSTITUTIONAL_HEADINGS = load("institutional-headings.txt");
    static final Set<String> NOT_NAME_WORDS = lowerSet(load("not-name-words.txt"));

    private WordLists() {
    }

    static boolean isRoleWord(String word) {
        String w = stripPunct(word).toLowerCase(Locale.ROOT);
        return !w.isEmpty() && ROLE_WORDS.contains(w);
    }

    static boolean isNotNameWord(String word) {
        String w = stripPunct(word).toLowerCase(Locale.ROOT);
        return NOT_NAME_WORDS.contains(w);
    }

    static String stripPunct(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(s, e);
    }

    private static Set<String> lowerSet(List<String> words) {
        Set<String> s = new TreeSet<>();
        for (String w : words) {
            s.add(stripPunct(w).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(s);
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> l = new ArrayList<>(words);
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }

    private static List<String> load(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
