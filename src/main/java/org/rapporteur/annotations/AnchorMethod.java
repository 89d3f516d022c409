package org.rapporteur.annotations;

/** How an anchor was last placed. */
public enum AnchorMethod {
    /** Created from the live text. */
    CREATED,
    /** The quote was still at the recorded position. */
    POSITION,
    /** The exact quote was found elsewhere (nearest to the old position, disambiguated by context). */
    QUOTE,
    /** The quote was found with only whitespace differing. */
    WHITESPACE,
    /** Fuzzy match on quote and context above the threshold. */
    FUZZY,
    /** Re-attached by the analyst. */
    MANUAL,
    /** Not found. */
    NONE
}
