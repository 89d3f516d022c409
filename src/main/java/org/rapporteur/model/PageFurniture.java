package org.rapporteur.model;

/**
 * A running header, running footer or page number that a paged reader took out of a document's text: it repeats
 * across pages at the same place, so a reader sees it as part of the page, not of what is being said.
 *
 * @param page the page it was printed on (1-based)
 * @param text the line as printed, e.g. {@code Page 3 of 12}
 */
public record PageFurniture(int page, String text, Kind kind) {
    /** Where on the page it stood, and whether it is only a page number. */
    public enum Kind { HEADER, FOOTER, PAGE_NUMBER }

    public PageFurniture {
        if (page < 1 || text == null || kind == null) {
            throw new IllegalArgumentException("bad page furniture " + page + " " + text + " " + kind);
        }
    }
}
