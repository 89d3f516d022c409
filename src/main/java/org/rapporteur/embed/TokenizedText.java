package org.rapporteur.embed;

/**
 * A text as the model reads it: its word-piece ids with {@code [CLS]} first and {@code [SEP]} last, and whether the
 * text went on beyond the model's window (then these are its leading pieces only).
 */
public record TokenizedText(long[] ids, boolean truncated) {
    public int length() {
        return ids.length;
    }
}
