package org.rapporteur.annotations;

/**
 * What an analyst corrected in the extractor's output. {@code BODY}: a claim is credited to an organisation, delegation
 * or session (no person). {@code RELABEL_SPEAKER}: every claim of one report credited to a name or label (a person or
 * a body, as the extractor or an earlier correction has it) is by another person; scoped to report + credited name,
 * so it also reaches claims that appear after a re-index.
 */
public enum CorrectionKind {
    SPEAKER, ADD_COUNTRY, REMOVE_COUNTRY, ADD_THEME, REMOVE_THEME, MERGE_PERSONS, SPLIT_CLAIM, MERGE_CLAIMS, BODY,
    RELABEL_SPEAKER
}
