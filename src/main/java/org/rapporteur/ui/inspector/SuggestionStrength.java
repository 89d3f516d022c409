package org.rapporteur.ui.inspector;

import java.util.Locale;

import org.rapporteur.pipeline.TagSuggestion;

/** A suggestion's confidence in plain words: "strong · 82 %", "medium · 45 %", "weak · 20 %". */
public final class SuggestionStrength {
    /** At or above: strong. */
    public static final double STRONG = 0.6;
    /** At or above (and below strong): medium. */
    public static final double MEDIUM = 0.35;

    private SuggestionStrength() {
    }

    public static String word(double confidence) {
        return confidence >= STRONG ? "strong" : confidence >= MEDIUM ? "medium" : "weak";
    }

    public static String label(double confidence) {
        double c = Math.max(0, Math.min(1, confidence));
        return word(c) + " · " + Math.round(c * 100) + " %";
    }

    /** Why it is suggested, for the tooltip. */
    public static String because(TagSuggestion s) {
        int n = s.becauseOf().size();
        return String.format(Locale.ROOT, "#%s: %s of the coded claims nearest in meaning to this one %s this tag",
                s.tagPath(), n == 1 ? "one" : Integer.toString(n), n == 1 ? "carries" : "carry");
    }
}
