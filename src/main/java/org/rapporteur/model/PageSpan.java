package org.rapporteur.model;

/** The characters {@code [start, end)} of a normalised text that came from page {@code number} (1-based). */
public record PageSpan(int number, int start, int end) {
    public PageSpan {
        if (number < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad page span " + number + " [" + start + "," + end + ")");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
