package org.rapporteur.annotations;

/**
 * The team's server cannot be reached (down, restarting, network gone): nothing was written, and trying again later
 * can succeed, unlike the other {@link AnnotationException}s, which refuse the change itself (issue 17).
 */
public class StoreUnavailableException extends AnnotationException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
