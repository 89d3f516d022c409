package org.rapporteur.annotations;

/**
 * The connection to the team's server broke while a change was being committed: the server may have saved it or not.
 * Unlike a {@link StoreUnavailableException} this must not be retried blindly (the change could be applied twice);
 * look at the store once it is back to see whether it is there (issue 17, ADR 0036).
 */
public class CommitOutcomeUnknownException extends AnnotationException {
    public CommitOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
