package org.rapporteur.ui.reader;

/**
 * A range of the open report's normalised text the analyst selected in the reader: characters {@code [start, end)}
 * (the offsets the annotation store anchors on) and the words themselves.
 */
public record TextSelection(String reportId, int start, int end, String quote) {
    public TextSelection {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or backwards selection [" + start + ", " + end + ")");
        }
    }

    /** Whether the selection overlaps characters {@code [from, to)}. */
    public boolean overlaps(int from, int to) {
        return start < to && end > from;
    }
}
