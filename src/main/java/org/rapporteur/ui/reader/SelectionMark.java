package org.rapporteur.ui.reader;

/**
 * An annotation on a free text range of the open report, as the reader marks it: a tag (coloured with the tag's
 * colour) or a note, on characters {@code [start, end)} of the report's text.
 *
 * @param id     the coding's or the note's id in the annotation store
 * @param label  what hovering shows: the tag path, or the note's text
 * @param colour {@code #RRGGBB}, or null for the default accent
 */
public record SelectionMark(Kind kind, long id, int start, int end, String label, String colour) {
    public enum Kind { TAG, NOTE }

    public boolean overlaps(int from, int to) {
        return start < to && end > from;
    }
}
