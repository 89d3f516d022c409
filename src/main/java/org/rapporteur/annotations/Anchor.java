package org.rapporteur.annotations;

/**
 * Where an annotation sits in a report: the report, the claim when it targets one (null for a free selection that
 * lies in no known claim), a TextQuote and a TextPosition selector, and how well it is anchored now.
 *
 * @param score similarity of the last match, 1 for exact, 0 for orphans
 */
public record Anchor(long id, String reportId, String claimId, TextQuote quote, TextPosition position,
                     AnchorStatus status, AnchorMethod method, double score) {
    public boolean orphan() {
        return status == AnchorStatus.ORPHAN;
    }
}
