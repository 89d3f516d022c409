package org.rapporteur.model;

/**
 * Levenshtein distance, for the places that compare near-identical strings: a stored quote against the text it is
 * re-anchored on, a mistyped sidecar kind against the allowed ones. One implementation, in the layer both reach.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The least number of inserted, deleted or substituted characters that turns {@code a} into {@code b}. */
    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1,
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
