package org.rapporteur.index;

import java.util.List;
import java.util.Locale;

import org.rapporteur.model.QuerySyntaxException;

/**
 * The limits a query must keep to be searched, checked on its tokens before the parser sees it, each failure a
 * {@link QuerySyntaxException} at the fault: parentheses nest at most {@value #MAX_DEPTH} deep (the parser recurses per
 * level: 5,000 overflowed the stack), at most {@value #MAX_TERMS} terms (Lucene refuses more than 1,024 clauses) of
 * which at most {@value #MAX_FUZZY_TERMS} fuzzy ones, boosts
 * are plain numbers from 0 to {@value #MAX_BOOST} (see ADR 0011), edit distances and phrase slops are not negative,
 * and patterns (wildcards, fuzzy words, regular expressions) are at most {@value #MAX_PATTERN_LENGTH} characters, with
 * ranges at most as long, regular expressions nesting at most {@value #MAX_REGEX_DEPTH} groups and spelling out at most
 * {@value #MAX_REGEX_SIZE} characters through their repeats.
 */
final class QueryLimits {
    static final int MAX_DEPTH = 100;
    /** Terms as written, and also words searched once fuzzy terms and compound words are spelled out. */
    static final int MAX_TERMS = 1_000;
    static final int MAX_FUZZY_TERMS = 50;
    static final int MAX_BOOST = 1_000;
    static final int MAX_PATTERN_LENGTH = 255;
    static final int MAX_REGEX_DEPTH = 20;
    static final long MAX_REGEX_SIZE = 10_000;

    private QueryLimits() {
    }

    /** Throws at the first limit the query passes, in the order of the list above; returns its tokens otherwise. */
    static List<QueryScanner.Token> check(String query) {
        List<QueryScanner.Token> tokens = QueryScanner.scan(query);
        checkDepth(query, tokens);
        checkTermCount(query, tokens);
        checkFuzzyCount(query, tokens);
        for (int t = 0; t < tokens.size(); t++) {
            QueryScanner.Token tok = tokens.get(t);
            switch (tok.kind()) {
                case BOOST -> checkBoost(query, tok);
                case SLOP -> checkSlop(query, tok, termBefore(tokens, t));
                case PATTERN -> checkLength(query, tok, "a wildcard pattern");
                case REGEX -> checkRegex(query, tok);
                case RANGE -> checkLength(query, tok, "a range");
                default -> {
                }
            }
        }
        return tokens;
    }

    private static void checkDepth(String query, List<QueryScanner.Token> tokens) {
        int depth = 0;
        int deepest = 0;
        int passedAt = -1;
        for (QueryScanner.Token t : tokens) {
            if (t.kind() == QueryScanner.Kind.OPEN) {
                depth++;
                if (depth > MAX_DEPTH && passedAt < 0) {
                    passedAt = t.start();
                }
                deepest = Math.max(deepest, depth);
            } else if (t.kind() == QueryScanner.Kind.CLOSE) {
                depth = Math.max(0, depth - 1);
            }
        }
        if (passedAt >= 0) {
            throw new QuerySyntaxException(query, passedAt, "query nests parentheses " + number(deepest)
                    + " deep; the limit is " + MAX_DEPTH);
        }
    }

    private static void checkTermCount(String query, List<QueryScanner.Token> tokens) {
        int count = 0;
        int passedAt = -1;
        for (QueryScanner.Token t : tokens) {
            if (t.isTerm()) {
                count++;
                if (count == MAX_TERMS + 1) {
                    passedAt = t.start();
                }
            }
        }
        if (passedAt >= 0) {
            throw new QuerySyntaxException(query, passedAt, "query has " + number(count) + " terms; the limit is "
                    + number(MAX_TERMS) + " (passed here, at term " + number(MAX_TERMS + 1) + ")");
        }
    }

    /** Each fuzzy word reads the term list with an automaton of its own: about 10 ms each, so they are rationed. */
    private static void checkFuzzyCount(String query, List<QueryScanner.Token> tokens) {
        int count = 0;
        int passedAt = -1;
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).kind() == QueryScanner.Kind.SLOP) {
                QueryScanner.Token term = termBefore(tokens, t);
                if (term != null && term.kind() == QueryScanner.Kind.WORD && ++count == MAX_FUZZY_TERMS + 1) {
                    passedAt = term.start();
                }
            }
        }
        if (passedAt >= 0) {
            throw new QuerySyntaxException(query, passedAt, "query has " + number(count) + " fuzzy terms (~); the "
                    + "limit is " + MAX_FUZZY_TERMS + " (passed here)");
        }
    }

    /**
     * The parser reads a boost as digits with at most one decimal point: {@code ^1e30} is boost 1 and then a search for
     * the word "e30", which silently found nothing. Refused with the whole boost as the analyst wrote it.
     */
    private static void checkBoost(String query, QueryScanner.Token tok) {
        if (tok.text().length() == 1) {
            return; // no number at all: the parser says "unexpected" with the position
        }
        int end = tok.end();
        while (end < query.length() && continuesTerm(query.charAt(end))) {
            end++;
        }
        if (end > tok.end()) {
            throw new QuerySyntaxException(query, tok.start(), "boost '" + query.substring(tok.start(), end)
                    + "' is not a plain number; a boost is a number from 0 to " + number(MAX_BOOST)
                    + ", e.g. security^5");
        }
        double boost = Double.parseDouble(tok.text().substring(1));
        if (boost > MAX_BOOST) {
            throw new QuerySyntaxException(query, tok.start(), "boost " + tok.text().substring(1)
                    + " is above the limit of " + number(MAX_BOOST) + "; a boost only orders the hits, so ^"
                    + number(MAX_BOOST) + " already puts this term first");
        }
    }

    private static boolean continuesTerm(char c) {
        return QueryScanner.isTermStart(c) || c == '*' || c == '?' || c == '\\';
    }

    private static void checkSlop(String query, QueryScanner.Token tok, QueryScanner.Token term) {
        if (term == null) {
            return;
        }
        if (term.kind() == QueryScanner.Kind.WORD) {
            checkLength(query, term, "a fuzzy word");
        }
        if (tok.text().length() == 1) {
            return;
        }
        float value;
        try {
            value = Float.parseFloat(tok.text().substring(1));
        } catch (NumberFormatException e) {
            return; // the parser ignores a slop that is not a number, and so do we
        }
        if (term.kind() == QueryScanner.Kind.PHRASE) {
            if (value < 0 || Float.isNaN(value)) {
                throw new QuerySyntaxException(query, tok.start(), "the distance '" + tok.text()
                        + "' after a phrase must be a whole number of words, 0 or more");
            }
        } else if (term.kind() == QueryScanner.Kind.WORD) {
            if (value < 0 || (value >= 1 && value != (int) value)) {
                throw new QuerySyntaxException(query, tok.start(), "the fuzzy mark '" + tok.text()
                        + "' must be ~, ~1 or ~2 (the number of letters that may differ)");
            }
        }
    }

    private static void checkLength(String query, QueryScanner.Token tok, String what) {
        if (tok.text().length() > MAX_PATTERN_LENGTH) {
            throw new QuerySyntaxException(query, tok.start(), what + " can be at most " + MAX_PATTERN_LENGTH
                    + " characters long; this one has " + number(tok.text().length()));
        }
    }

    private static void checkRegex(String query, QueryScanner.Token tok) {
        checkLength(query, tok, "a regular expression");
        String body = tok.text().substring(1, tok.text().length() - 1);
        RegexShape.Problem p = RegexShape.check(body, MAX_REGEX_DEPTH, MAX_REGEX_SIZE);
        if (p != null) {
            throw new QuerySyntaxException(query, tok.start() + 1 + p.offset(), p.message());
        }
    }

    /** The term a ~ belongs to: the token before it, or before its boost ({@code word^2~1}). */
    private static QueryScanner.Token termBefore(List<QueryScanner.Token> tokens, int slopIndex) {
        int t = slopIndex - 1;
        if (t >= 0 && tokens.get(t).kind() == QueryScanner.Kind.BOOST) {
            t--;
        }
        if (t < 0) {
            return null;
        }
        QueryScanner.Token before = tokens.get(t);
        return before.isTerm() && before.end() <= tokens.get(slopIndex).start() ? before : null;
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
