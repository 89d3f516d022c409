package org.rapporteur.index;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The words of a query that say what the analyst is looking for, as plain text for the sentence embedder: plain words,
 * the words of phrases and of patterns (their * and ? dropped) and {@code text:} terms. Left out, because they are not
 * what the claims should mean: fielded clauses ({@code speaker:Babar}, {@code year:[2020 TO 2024]}, also
 * {@code country:(India OR Pakistan)}), everything negated ({@code NOT}, {@code -}, {@code !}, also a negated group),
 * regular expressions, ranges, operators, boosts and fuzzy marks. Read from {@link QueryScanner}'s tokens, the same
 * reading of the query the translator's limits use; the fielded clauses themselves restrict meaning's candidates
 * through {@link FieldedConstraint}.
 */
final class FreeText {
    private FreeText() {
    }

    /** The free text of a query, words separated by one space; empty when the query has none. */
    static String of(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        return of(QueryScanner.scan(query));
    }

    static String of(List<QueryScanner.Token> tokens) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> outerExcluded = new ArrayDeque<>();
        boolean excluded = false; // inside a fielded or negated group
        boolean fielded = false; // the next term or group belongs to a field other than the claim text
        boolean negated = false; // the next term or group is negated
        for (QueryScanner.Token t : tokens) {
            switch (t.kind()) {
                case FIELD -> fielded = !t.text().equalsIgnoreCase("text");
                case OPERATOR -> {
                    if (t.text().equals("NOT") || t.text().equals("-") || t.text().equals("!")) {
                        negated = true;
                    }
                }
                case OPEN -> {
                    outerExcluded.push(excluded);
                    excluded = excluded || fielded || negated;
                    fielded = false;
                    negated = false;
                }
                case CLOSE -> {
                    excluded = !outerExcluded.isEmpty() && outerExcluded.pop();
                    fielded = false;
                    negated = false;
                }
                case WORD, PATTERN, PHRASE -> {
                    if (!excluded && !fielded && !negated) {
                        append(out, words(t));
                    }
                    fielded = false;
                    negated = false;
                }
                case REGEX, RANGE -> {
                    fielded = false;
                    negated = false;
                }
                case BOOST, SLOP -> {
                    // they qualify the term before them
                }
            }
        }
        return out.toString();
    }

    /** A term's characters as words: quotes, escapes and wildcard marks removed. */
    private static String words(QueryScanner.Token t) {
        String s = t.text();
        if (t.kind() == QueryScanner.Kind.PHRASE && s.length() >= 2) {
            s = s.substring(1, s.length() - 1);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                b.append(s.charAt(++i));
            } else if (t.kind() == QueryScanner.Kind.PATTERN && (c == '*' || c == '?')) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        String w = b.toString().strip().replaceAll("\\s+", " ");
        // a pattern's stub of one letter (a*) says nothing of its meaning
        return t.kind() == QueryScanner.Kind.PATTERN && w.replace(" ", "").length() < 3 ? "" : w;
    }

    private static void append(StringBuilder out, String words) {
        if (words.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(words);
    }
}
