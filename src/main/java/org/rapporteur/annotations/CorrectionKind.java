package org.rapporteur.annotations;

/** What an analyst corrected in the extractor's output. */
public enum CorrectionKind {
    SPEAKER, ADD_COUNTRY, REMOVE_COUNTRY, ADD_THEME, REMOVE_THEME, MERGE_PERSONS, SPLIT_CLAIM, MERGE_CLAIMS
}
