package org.rapporteur.enrich;

/**
 * A word as written, {@code [start, end)} in the text it came from, without a trailing possessive ('s). {@code
 * joinedBefore} and {@code joinedAfter} say whether a hyphen ties it to its neighbour with no space ("Pak-Afghan").
 */
record SurfaceToken(String text, int start, int end, boolean joinedBefore, boolean joinedAfter) {
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

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
