package org.rapporteur.model;

/** A query the user typed does not parse. {@code position} is the 0-based character offset of the fault, or -1. */
public class QuerySyntaxException extends RapporteurException {
    /** Characters of the query shown on each side of the fault: a 12,000-term query is not echoed whole. */
    private static final int CONTEXT = 40;

    private final String query;
    private final int position;

    public QuerySyntaxException(String query, int position, String problem, Throwable cause) {
        super(describe(query, position, problem), cause);
        this.query = query;
        this.position = position;
    }

    public QuerySyntaxException(String query, int position, String problem) {
        this(query, position, problem, null);
    }

    private static String describe(String query, int position, String problem) {
        if (position < 0) {
            return "Query syntax error: " + problem;
        }
        return "Query syntax error at position " + String.format(java.util.Locale.ROOT, "%,d", position + 1) + ": "
                + problem;
    }

    public String query() {
        return query;
    }

    public int position() {
        return position;
    }

    /**
     * The part of the query around the fault, at most {@value #CONTEXT} characters on each side, with "…" where it was
     * cut, and the fault's offset in it: what a terminal or the search bar shows under the message.
     */
    public Excerpt excerpt() {
        String q = query == null ? "" : query;
        if (position < 0) {
            return new Excerpt(q.length() <= 2 * CONTEXT ? q : q.substring(0, 2 * CONTEXT) + "…", -1);
        }
        int at = Math.min(position, q.length());
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(q.length(), at + CONTEXT);
        String head = from > 0 ? "…" : "";
        String tail = to < q.length() ? "…" : "";
        return new Excerpt(head + q.substring(from, to) + tail, head.length() + at - from);
    }

    /** The query (or the part of it around the fault) with a caret line under the fault, for terminals. */
    public String pointer() {
        Excerpt e = excerpt();
        if (e.caret() < 0) {
            return e.text();
        }
        return e.text() + "\n" + " ".repeat(e.caret()) + "^";
    }

    /** Text to show and the offset of the fault in it (-1: unknown). */
    public record Excerpt(String text, int caret) {
    }
}
