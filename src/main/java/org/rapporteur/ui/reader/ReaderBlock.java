package org.rapporteur.ui.reader;

import java.util.List;

import org.rapporteur.model.Highlight;

/**
 * One row of the reader: a heading, a speaker header, or a paragraph cut into segments (claims, boilerplate, plain
 * text). {@code page} is set on the first row of each page, for the margin; null elsewhere.
 *
 * @param start offset of the row in the report's normalised text (for scrolling to a claim)
 */
public record ReaderBlock(Kind kind, int start, Integer page, int level, String text, String detail,
                          List<Segment> segments) {
    public enum Kind { HEADING, SPEAKER, PARAGRAPH }

    public ReaderBlock {
        segments = List.copyOf(segments);
    }

    /**
     * A run of a paragraph: its text, the claim it belongs to (null for text between claims), whether it is
     * boilerplate, and the search hits inside it (offsets relative to {@code text}).
     */
    public record Segment(String text, String claimId, boolean boilerplate, List<Highlight> hits) {
        public Segment {
            hits = List.copyOf(hits);
        }
    }

    public boolean containsClaim(String claimId) {
        return segments.stream().anyMatch(s -> claimId.equals(s.claimId()));
    }
}
