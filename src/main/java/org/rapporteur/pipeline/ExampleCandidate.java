package org.rapporteur.pipeline;

import org.rapporteur.model.ClaimRecord;

/**
 * An uncoded claim offered for a tag by example: how near it is to the claims already coded with the tag, and the
 * nearest of those (its id), to show beside it.
 */
public record ExampleCandidate(ClaimRecord claim, double similarity, String nearestExampleId) {
}
