package org.rapporteur.annotations;

/**
 * The one exception of the annotation store. {@link #getMessage()} is a sentence meant for the user ("No tag named
 * 'Energy'."); the cause, when there is one, is for the log.
 */
public class AnnotationException extends org.rapporteur.model.RapporteurException {
    public AnnotationException(String userMessage) {
        super(userMessage);
    }

    public AnnotationException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
