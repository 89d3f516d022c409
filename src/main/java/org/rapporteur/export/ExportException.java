package org.rapporteur.export;

import org.rapporteur.model.RapporteurException;

/** An export that cannot be written; the message is for the user. */
public class ExportException extends RapporteurException {
    public ExportException(String userMessage) {
        super(userMessage);
    }

    public ExportException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
