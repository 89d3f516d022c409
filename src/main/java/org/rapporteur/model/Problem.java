package org.rapporteur.model;

import java.util.Objects;

/**
 * Something wrong with one input file: what ({@code reason}), what kind of problem it is, and what the user can do
 * ({@code hint}: the place that found the problem may say something specific; otherwise it is the kind's
 * {@link ProblemKind#action() action}, so it is never empty). A problem is data, never an exception: it ends up as
 * one line of the ingest summary and one row of the workbench's problems window.
 */
public record Problem(String path, Severity severity, ProblemKind kind, String reason, String hint) {
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        if (hint == null || hint.isBlank()) {
            hint = kind.action();
        }
    }

    public static Problem error(String path, ProblemKind kind, String reason, String hint) {
        return new Problem(path, Severity.ERROR, kind, reason, hint);
    }

    public static Problem warning(String path, ProblemKind kind, String reason, String hint) {
        return new Problem(path, Severity.WARNING, kind, reason, hint);
    }

    /** The same problem for another path (a copy of a file fails as its original does). */
    public Problem at(String otherPath) {
        return new Problem(otherPath, severity, kind, reason, hint);
    }

    /** One line for a summary: {@code path: reason (what to do)}. */
    public String line() {
        return path + ": " + reason + " (" + hint + ")";
    }
}
