package org.rapporteur.export;

/**
 * Where an annotation sits in a report: a W3C TextQuote selector ({@code exact}, {@code prefix}, {@code suffix}) and
 * a TextPosition selector ({@code [start, end)} in the report's normalised text).
 *
 * @param claimId the claim it lies on, null for a selection in no known claim
 * @param orphan  true when it could not be re-anchored in the current text: its quote and position are the last known
 */
public record AnchorEntry(String reportId, String claimId, String exact, String prefix, String suffix, int start,
                          int end, boolean orphan) {
    public AnchorEntry {
        exact = exact == null ? "" : exact;
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad anchor range [" + start + ", " + end + ")");
        }
    }
}
