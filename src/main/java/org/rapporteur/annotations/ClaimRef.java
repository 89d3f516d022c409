package org.rapporteur.annotations;

import org.rapporteur.model.Claim;

/**
 * What the store needs to know about a claim to anchor an annotation on it: its report, its span in the report's
 * normalised text, its exact text there, and up to {@value TextAnchors#CONTEXT} characters of context either side.
 */
public record ClaimRef(String claimId, String reportId, int start, int end, String exact, String prefix,
                       String suffix) {
    /** A reference built from a model claim and the normalised text of its report. */
    public static ClaimRef of(Claim claim, String reportText) {
        TextQuote q = TextAnchors.quote(reportText, claim.start(), claim.end());
        return new ClaimRef(claim.id(), claim.reportId(), claim.start(), claim.end(), q.exact(), q.prefix(),
                q.suffix());
    }

    TextQuote quote() {
        return new TextQuote(exact, prefix, suffix);
    }
}
