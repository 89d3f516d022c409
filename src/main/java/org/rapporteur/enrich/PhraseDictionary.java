package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of word sequences (a trie over lower-cased words) that also checks how each word is written:
 * a word written in capitals in the dictionary (US, UAE) must be written so in the text, a capitalised one (Turkey,
 * Chad) must be capitalised in the text, a lower-case one (of, and) may be written any way. Immutable once built;
 * safe to share between threads.
 */
final class PhraseDictionary<T> {
    /** What a phrase stands for, and how each of its words must be written. */
    record Entry<T>(T value, List<String> written, int priority) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<Entry<T>> entries = new ArrayList<>();
    }

    /** A match of {@code length} words from token {@code first}. */
    record Match<T>(int first, int length, Entry<T> entry) {
        int last() {
            return first + length - 1;
        }
    }

    private final Node<T> root = new Node<>();

    /** Adds a phrase; among phrases of equal length the lower {@code priority} wins. */
    void add(String phrase, T value, int priority) {
        List<SurfaceToken> words = SurfaceTokenizer.tokenize(phrase);
        if (words.isEmpty()) {
            return;
        }
        Node<T> n = root;
        for (SurfaceToken w : words) {
            n = n.next.computeIfAbsent(w.lower(), k -> new Node<>());
        }
        List<String> written = words.stream().map(SurfaceToken::text).toList();
        for (Entry<T> e : n.entries) {
            if (e.written().equals(written) && e.value().equals(value)) {
                return;
            }
        }
        n.entries.add(new Entry<>(value, written, priority));
    }

    /** The longest phrase that starts at token {@code from}, or null. */
    Match<T> longestAt(List<SurfaceToken> tokens, int from) {
        Node<T> n = root;
        Match<T> best = null;
        for (int k = from; k < tokens.size(); k++) {
            if (k > from && !adjacent(tokens.get(k - 1), tokens.get(k))) {
                break;
            }
            n = n.next.get(tokens.get(k).lower());
            if (n == null) {
                break;
            }
            Entry<T> winner = null;
            for (Entry<T> e : n.entries) {
                if (writtenAlike(e, tokens, from) && (winner == null || e.priority() < winner.priority())) {
                    winner = e;
                }
            }
            if (winner != null) {
                best = new Match<>(from, k - from + 1, winner);
            }
        }
        return best;
    }

    /** Leftmost-longest matches over the whole token list, without overlaps. */
    List<Match<T>> matchAll(List<SurfaceToken> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int k = 0;
        while (k < tokens.size()) {
            Match<T> m = longestAt(tokens, k);
            if (m == null) {
                k++;
            } else {
                out.add(m);
                k += m.length();
            }
        }
        return out;
    }

    /** Words of one phrase may be apart by spaces, a hyphen, a comma (Washington, D.C.) or a full stop (St. Kitts). */
    private static boolean adjacent(SurfaceToken a, SurfaceToken b) {
        return b.start() - a.end() <= 3;
    }

    private static <T> boolean writtenAlike(Entry<T> e, List<SurfaceToken> tokens, int from) {
        for (int k = 0; k < e.written().size(); k++) {
            String want = e.written().get(k);
            String got = tokens.get(from + k).text();
            if (upperCount(want) >= 2) {
                if (!want.equals(got)) {
                    return false;
                }
            } else if (Character.isUpperCase(want.codePointAt(0)) && !Character.isUpperCase(got.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static int upperCount(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                n++;
            }
        }
        return n;
    }
}
