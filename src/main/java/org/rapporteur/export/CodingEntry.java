package org.rapporteur.export;

/**
 * A tag on a claim ({@code target} {@link TargetType#CLAIM}) or a selection ({@link TargetType#SELECTION}).
 *
 * @param tagId                refers to a {@link TagEntry#id()} of the bundle
 * @param tagPath              the tag's path, so a coding reads without the codebook
 * @param suggested            the analyst accepted it from the tags Rapporteur suggested (ADR 0034)
 * @param suggestionConfidence the suggestion's confidence then, in [0, 1]; null when not suggested or unknown
 */
public record CodingEntry(long id, long tagId, String tagPath, TargetType target, AnchorEntry anchor, String creator,
                          String createdAt, String modifiedAt, boolean suggested, Double suggestionConfidence) {
    /** A coding the analyst made by hand. */
    public CodingEntry(long id, long tagId, String tagPath, TargetType target, AnchorEntry anchor, String creator,
                       String createdAt, String modifiedAt) {
        this(id, tagId, tagPath, target, anchor, creator, createdAt, modifiedAt, false, null);
    }
}
