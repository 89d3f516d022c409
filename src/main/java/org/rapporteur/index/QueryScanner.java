package org.rapporteur.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into tokens the way the classic query parser's lexer does — words, wildcard patterns, "phrases",
 * /regular expressions/, [ranges], parentheses, ^boosts and ~fuzzy marks — without parsing it. The parser recurses
 * once per parenthesis and reports some faults without a position; reading the tokens first lets {@link QueryLimits}
 * refuse what would crash or mislead it, with the position of the fault, and lets the translator say which term it
 * was building when something failed.
 *
 * <p>Where the query is not lexically valid (an unclosed quote, a stray bracket), scanning stops or skips the
 * character and leaves the complaint to the parser, which knows those positions itself.
 */
final class QueryScanner {
    enum Kind {
        /** A plain word: the parser analyses it. */
        WORD,
        /** A word with * or ?: a wildcard or prefix pattern. */
        PATTERN,
        PHRASE,
        REGEX,
        /** [a TO b] or {a TO b}, one term. */
        RANGE,
        /** A field name before its colon. */
        FIELD,
        OPEN,
        CLOSE,
        /** ^ with the number after it (the number may be missing). */
        BOOST,
        /** ~ with what follows it: an edit distance after a word, a slop after a phrase. */
        SLOP,
        /** AND OR NOT && || and the + - ! modifiers. */
        OPERATOR
    }

    /** One token: {@code [start, end)} in the query; {@code text} is the query's characters there. */
    record Token(Kind kind, int start, int end, String text) {
        boolean isTerm() {
            return kind == Kind.WORD || kind == Kind.PATTERN || kind == Kind.PHRASE || kind == Kind.REGEX
                    || kind == Kind.RANGE;
        }
    }

    private final String q;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    private QueryScanner(String query) {
        this.q = query;
    }

    static List<Token> scan(String query) {
        QueryScanner s = new QueryScanner(query);
        s.run();
        return s.tokens;
    }

    private void run() {
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                add(Kind.OPEN, i, ++i);
            } else if (c == ')') {
                add(Kind.CLOSE, i, ++i);
            } else if (c == '+' || c == '-' || c == '!') {
                add(Kind.OPERATOR, i, ++i);
            } else if (c == ':') {
                i++; // the term before it was marked as a field when it was read
            } else if (c == '"') {
                if (!quoted()) {
                    return;
                }
            } else if (c == '[' || c == '{') {
                if (!range()) {
                    return;
                }
            } else if (c == '/') {
                if (!regex()) {
                    return;
                }
            } else if (c == '^') {
                boost();
            } else if (c == '~') {
                slop();
            } else if (isTermStart(c) || c == '*' || c == '?' || c == '\\') {
                word();
            } else {
                i++; // ] } and other strays: a lexical error the parser reports with its position
            }
        }
    }

    private boolean quoted() {
        int start = i;
        int j = i + 1;
        while (j < q.length()) {
            char c = q.charAt(j);
            if (c == '\\' && j + 1 < q.length()) {
                j += 2;
            } else if (c == '"') {
                i = j + 1;
                add(Kind.PHRASE, start, i);
                return true;
            } else {
                j++;
            }
        }
        return false;
    }

    private boolean range() {
        int start = i;
        int j = i + 1;
        boolean inQuote = false;
        while (j < q.length()) {
            char c = q.charAt(j);
            if (inQuote && c == '\\' && j + 1 < q.length()) {
                j += 2;
                continue;
            }
            if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && (c == ']' || c == '}')) {
                i = j + 1;
                add(Kind.RANGE, start, i);
                return true;
            }
            j++;
        }
        return false;
    }

    /** The lexer takes the longest match: a backslash before a slash escapes it, unless that leaves no closing one. */
    private boolean regex() {
        int start = i;
        int end = -1;
        for (int j = i + 1; j < q.length(); j++) {
            char c = q.charAt(j);
            if (c == '\\' && j + 1 < q.length() && q.charAt(j + 1) == '/') {
                j++;
            } else if (c == '/') {
                end = j;
                break;
            }
        }
        if (end < 0) {
            end = q.indexOf('/', i + 1);
        }
        if (end < 0) {
            return false;
        }
        i = end + 1;
        add(Kind.REGEX, start, i);
        return true;
    }

    private void boost() {
        int start = i++;
        while (i < q.length() && isDigit(q.charAt(i))) {
            i++;
        }
        if (i + 1 < q.length() && q.charAt(i) == '.' && isDigit(q.charAt(i + 1)) && i > start + 1) {
            i++;
            while (i < q.length() && isDigit(q.charAt(i))) {
                i++;
            }
        }
        add(Kind.BOOST, start, i);
    }

    private void slop() {
        int start = i++;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < q.length()) {
                i += 2;
            } else if (isTermChar(c)) {
                i++;
            } else {
                break;
            }
        }
        add(Kind.SLOP, start, i);
    }

    private void word() {
        int start = i;
        boolean wild = false;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == '\\') {
                i = Math.min(q.length(), i + 2);
            } else if (c == '*' || c == '?') {
                wild = true;
                i++;
            } else if (isTermChar(c)) {
                i++;
            } else {
                break;
            }
        }
        String text = q.substring(start, i);
        int next = i;
        while (next < q.length() && isWhitespace(q.charAt(next))) {
            next++;
        }
        if (next < q.length() && q.charAt(next) == ':') {
            add(Kind.FIELD, start, i);
        } else if (text.equals("AND") || text.equals("OR") || text.equals("NOT") || text.equals("&&")
                || text.equals("||")) {
            add(Kind.OPERATOR, start, i);
        } else {
            add(wild ? Kind.PATTERN : Kind.WORD, start, i);
        }
    }

    private void add(Kind kind, int start, int end) {
        tokens.add(new Token(kind, start, end, q.substring(start, end)));
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000';
    }

    /** Characters that may start a term: everything but whitespace and the syntax characters. */
    static boolean isTermStart(char c) {
        return !isWhitespace(c) && "+-!():^[]\"{}~*?\\/".indexOf(c) < 0;
    }

    /** Inside a term, - and + are ordinary characters too. */
    static boolean isTermChar(char c) {
        return isTermStart(c) || c == '-' || c == '+';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
