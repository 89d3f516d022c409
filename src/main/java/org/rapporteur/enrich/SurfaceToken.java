package org.rapporteur.enrich;

/**
 * A word as written, {@code [start, end)} in the text it came from, without a trailing possessive ('s). {@code
 * joinedBefore} and {@code joinedAfter} say whether a hyphen ties it to its neighbour with no space ("Pak-Afghan").
 */
record SurfaceToken(String text, int start, int end, boolean joinedBefore, boolean joinedAfter, String lower) {
    /** {@code lower} is computed once: the phrase trie and the organisation rules look it up for every word. */
    SurfaceToken(String text, int start, int end, boolean joinedBefore, boolean joinedAfter) {
        this(text, start, end, joinedBefore, joinedAfter, text.toLowerCase(java.util.Locale.ROOT));
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        boolean letter = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
