package org.rapporteur.model;

/**
 * The root of Rapporteur's exceptions. {@link #getMessage()} is written for the user (no class names, no stack
 * traces); the cause keeps the detail for the log.
 */
public class RapporteurException extends RuntimeException {
    public RapporteurException(String userMessage) {
        super(userMessage);
    }

    public RapporteurException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
