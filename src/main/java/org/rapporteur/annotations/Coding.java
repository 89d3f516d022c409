package org.rapporteur.annotations;

/** A tag applied to a claim or a selection. */
public record Coding(long id, long tagId, String tagPath, TargetKind targetKind, Anchor anchor, String creator,
                     String createdAt, String modifiedAt) {
}
