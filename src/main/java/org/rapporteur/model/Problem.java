package org.rapporteur.model;

/**
 * Something wrong with one input file: what ({@code reason}), and what the user can do ({@code hint}, may be null).
 * A problem is data, never an exception: it ends up as one line of the ingest summary.
 */
public record Problem(String path, Severity severity, String reason, String hint) {
    public enum Severity { WARNING, ERROR }

    public static Problem error(String path, String reason, String hint) {
        return new Problem(path, Severity.ERROR, reason, hint);
    }

    public static Problem warning(String path, String reason, String hint) {
        return new Problem(path, Severity.WARNING, reason, hint);
    }

    /** One line for a summary: {@code path: reason (hint)}. */
    public String line() {
        return path + ": " + reason + (hint == null || hint.isBlank() ? "" : " (" + hint + ")");
    }
}
