package org.rapporteur.annotations;

/**
 * A tag applied to a claim or a selection.
 *
 * @param suggested            true when the analyst accepted it from the tags suggested for the claim (ADR 0034)
 * @param suggestionConfidence the suggestion's confidence then, in [0, 1]; null when not suggested or not known
 */
public record Coding(long id, long tagId, String tagPath, TargetKind targetKind, Anchor anchor, String creator,
                     String createdAt, String modifiedAt, boolean suggested, Double suggestionConfidence) {
}
