package org.rapporteur.annotations;

/** A W3C Web Annotation TextPosition selector: {@code [start, end)} in a report's normalised text. */
public record TextPosition(int start, int end) {
    public TextPosition {
        if (start < 0 || end < start) {
            throw new AnnotationException("Bad text range [" + start + ", " + end + ").");
        }
    }

    public int length() {
        return end - start;
    }
}
