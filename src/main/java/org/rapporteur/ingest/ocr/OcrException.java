package org.rapporteur.ingest.ocr;

/**
 * A page could not be recognised: the message is an analyst's sentence (what went wrong and, where it helps, the
 * package to install), never Tesseract's raw output.
 */
public final class OcrException extends Exception {
    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
