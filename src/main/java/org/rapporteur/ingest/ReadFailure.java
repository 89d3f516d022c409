package org.rapporteur.ingest;

/**
 * A reader's way of saying "this file cannot become a document": carries the user-facing reason and hint that the
 * {@link Ingestor} turns into an ERROR {@code Problem}. Never escapes the package.
 */
final class ReadFailure extends Exception {
    private final String hint;
    private boolean stop;

    ReadFailure(String reason, String hint) {
        super(reason);
        this.hint = hint;
    }

    ReadFailure(String reason, String hint, Throwable cause) {
        super(reason, cause);
        this.hint = hint;
    }

    /** A failure because a {@link ReadBudget} ran out, not because the file is damaged. */
    static ReadFailure stop(String reason, String hint) {
        ReadFailure f = new ReadFailure(reason, hint);
        f.stop = true;
        return f;
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
