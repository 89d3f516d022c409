package org.rapporteur.annotations;

/**
 * A stored correction. Claim corrections carry an {@code anchor} (for {@code MERGE_CLAIMS} it spans both claims);
 * {@code MERGE_PERSONS} has no anchor, a {@code reportId} scope (null: every report), {@code subject} (the name merged
 * away) and {@code value} (the name kept).
 *
 * <ul>
 *   <li>SPEAKER: value = speaker name; role, affiliation, country optional</li>
 *   <li>ADD/REMOVE_COUNTRY: value = country; ADD/REMOVE_THEME: value = theme path</li>
 *   <li>SPLIT_CLAIM: value = the first characters of the second part; offset = split offset inside the claim</li>
 *   <li>BODY: value = the organisation, delegation or session the claim is credited to</li>
 *   <li>RELABEL_SPEAKER: no anchor; reportId = the report, subject = the credited name replaced, value = the
 *       speaker's name</li>
 * </ul>
 */
public record Correction(long id, CorrectionKind kind, Anchor anchor, String reportId, String subject, String value,
                         String role, String affiliation, String country, Integer offset, String creator,
                         String createdAt, String modifiedAt) {
}
