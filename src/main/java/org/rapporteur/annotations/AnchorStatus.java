package org.rapporteur.annotations;

/** Where an anchor stands after its last (re-)anchoring. */
public enum AnchorStatus {
    /** At its recorded position, found exactly (possibly after moving or whitespace changes). */
    ANCHORED,
    /** Found by fuzzy matching: the words at the position are similar, not identical, to the recorded quote. */
    FUZZY,
    /** Not found in the current text: kept with its last quote and position, listed for re-attachment. */
    ORPHAN
}
