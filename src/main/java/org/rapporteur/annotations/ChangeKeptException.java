package org.rapporteur.annotations;

/**
 * The team's server could not be reached, and the change was kept on this machine instead: it will be written, in
 * order, when the server is back ({@link StoreHealth#pendingChanges()} counts it). The message says so; nothing the
 * analyst did is lost (issue 17).
 */
public final class ChangeKeptException extends StoreUnavailableException {
    public ChangeKeptException(String message, Throwable cause) {
        super(message, cause);
    }
}
