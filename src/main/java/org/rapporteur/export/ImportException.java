package org.rapporteur.export;

import org.rapporteur.model.RapporteurException;

/**
 * A file that cannot be imported (malformed, unsafe, too large, or not matching the workspace). The message is for
 * the user; an import that throws it has changed nothing.
 */
public class ImportException extends RapporteurException {
    public ImportException(String userMessage) {
        super(userMessage);
    }

    public ImportException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
