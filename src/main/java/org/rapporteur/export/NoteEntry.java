package org.rapporteur.export;

/**
 * A memo. Claim and selection notes carry an {@code anchor}; report notes a {@code reportId}; person notes a
 * {@code person}; tag notes a {@code tagId}. The other fields are null.
 */
public record NoteEntry(long id, TargetType target, AnchorEntry anchor, String reportId, String person, Long tagId,
                        String text, String creator, String createdAt, String modifiedAt) {
}
