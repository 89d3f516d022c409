package org.rapporteur.model;

/** A query the user typed does not parse. {@code position} is the 0-based character offset of the fault, or -1. */
public class QuerySyntaxException extends RapporteurException {
    private final String query;
    private final int position;

    public QuerySyntaxException(String query, int position, String problem, Throwable cause) {
        super(describe(query, position, problem), cause);
        this.query = query;
        this.position = position;
    }

    private static String describe(String query, int position, String problem) {
        if (position < 0) {
            return "Query syntax error: " + problem;
        }
        return "Query syntax error at position " + (position + 1) + ": " + problem;
    }

    public String query() {
        return query;
    }

    public int position() {
        return position;
    }

    /** The query with a caret line under the fault, for terminals. */
    public String pointer() {
        if (position < 0) {
            return query;
        }
        return query + "\n" + " ".repeat(Math.min(position, query.length())) + "^";
    }
}
