package org.rapporteur.ui.inspector;

/**
 * Tells a change the team's store kept on this machine (the server away: written when it is back) from one that
 * failed. A kept change needs nothing from the analyst; a failed one keeps what they typed in its field to retry.
 */
final class KeptChanges {
    private KeptChanges() {
    }

    /**
     * True when the store kept the change to write later: it says so with a {@code ChangeKeptException} whose
     * message says it is kept (live's outbox, ADR 0038); a bare one means nothing was written or kept.
     */
    static boolean isKept(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.rapporteur.annotations.ChangeKeptException) {
                return true;
            }
        }
        return false;
    }

    /** What the inspector says for a note kept while the server is away. */
    static String noteKept(Throwable error) {
        return "The team server is away: your note is kept on this machine and will be written when it is back. "
                + "It stays in the note field meanwhile.";
    }
}
