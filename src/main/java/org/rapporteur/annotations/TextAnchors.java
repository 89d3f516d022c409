package org.rapporteur.annotations;

/** Builds TextQuote selectors from a text and a range. */
public final class TextAnchors {
    /** Characters of prefix and suffix kept around a quote, as Hypothesis does. */
    public static final int CONTEXT = 32;

    private TextAnchors() {
    }

    /** The quote of {@code [start, end)} in {@code text} with its context; refuses ranges outside the text. */
    public static TextQuote quote(String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new AnnotationException("The range [" + start + ", " + end + ") is outside the report's text ("
                    + text.length() + " characters).");
        }
        return new TextQuote(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }
}
