package org.rapporteur.annotations;

import java.util.Optional;

/**
 * How the store checks that the claims and reports it is asked to annotate exist. The pipeline implements it over
 * the index (or the structured reports); the store never creates an annotation on an unknown claim.
 * Implementations must be thread-safe.
 */
public interface ClaimResolver {
    /** The claim with this id, or empty when there is none. */
    Optional<ClaimRef> resolve(String claimId);

    /** The normalised text of a report, needed to anchor free selections; empty when the report is unknown. */
    default Optional<String> reportText(String reportId) {
        return Optional.empty();
    }

    /** The claim best covering {@code [start, end)} of a report, if known; lets selection codings count as facets. */
    default Optional<String> claimAt(String reportId, int start, int end) {
        return Optional.empty();
    }

    /**
     * Who said a claim, as the index has it (the speaker's name, else the body it is credited to): names claims in
     * the messages that say what a change did. Empty when unknown.
     */
    default Optional<String> speaker(String claimId) {
        return Optional.empty();
    }

    /** The title of a report, for the same messages; empty when unknown. */
    default Optional<String> reportTitle(String reportId) {
        return Optional.empty();
    }

    /** A resolver that knows nothing: only report, person and tag targets can be annotated. */
    static ClaimResolver none() {
        return claimId -> Optional.empty();
    }
}
