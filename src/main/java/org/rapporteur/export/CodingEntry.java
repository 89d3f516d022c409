package org.rapporteur.export;

/**
 * A tag on a claim ({@code target} {@link TargetType#CLAIM}) or a selection ({@link TargetType#SELECTION}).
 *
 * @param tagId   refers to a {@link TagEntry#id()} of the bundle
 * @param tagPath the tag's path, so a coding reads without the codebook
 */
public record CodingEntry(long id, long tagId, String tagPath, TargetType target, AnchorEntry anchor, String creator,
                          String createdAt, String modifiedAt) {
}
