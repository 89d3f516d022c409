package org.rapporteur.annotations;

import java.time.Instant;

/**
 * The state of the connection to a team's server, as the workbench shows it (issue 17). A single-user store is
 * always {@link State#LOCAL}.
 *
 * @param message one sentence for the status bar, e.g. {@code Team server unreachable since 14:02 — retrying; your
 *                changes wait here}
 * @param pendingChanges changes made while the server was away, kept on this machine until they are written
 */
public record StoreHealth(State state, String message, Instant since, int pendingChanges) {
    public enum State {
        /** A single-user workspace: nothing to connect to. */
        LOCAL,
        /** Connected to the team's server; changes arrive live. */
        CONNECTED,
        /** The server cannot be reached; retrying with back-off. */
        LOST
    }

    public static StoreHealth local() {
        return new StoreHealth(State.LOCAL, "", Instant.EPOCH, 0);
    }
}
