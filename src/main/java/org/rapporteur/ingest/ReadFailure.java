package org.rapporteur.ingest;

import org.rapporteur.model.ProblemKind;

/**
 * A reader's way of saying "this file cannot become a document": carries the user-facing reason and hint that the
 * {@link Ingestor} turns into an ERROR {@code Problem}. Never escapes the package.
 */
final class ReadFailure extends Exception {
    private final ProblemKind kind;
    private final String hint;
    private boolean stop;

    ReadFailure(ProblemKind kind, String reason, String hint) {
        super(reason);
        this.kind = kind;
        this.hint = hint;
    }

    ReadFailure(ProblemKind kind, String reason, String hint, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
        this.hint = hint;
    }

    /** A failure because a {@link ReadBudget} ran out, not because the file is damaged. */
    static ReadFailure stop(ProblemKind kind, String reason, String hint) {
        ReadFailure f = new ReadFailure(kind, reason, hint);
        f.stop = true;
        return f;
    }

    ProblemKind kind() {
        return kind;
    }

    boolean isStop() {
        return stop;
    }

    String reason() {
        return getMessage();
    }

    String hint() {
        return hint;
    }
}
