package org.rapporteur.ui.search;

import org.rapporteur.model.MatchKind;
import org.rapporteur.model.SearchMode;

/**
 * The words of a result's "how it matched" badge and its tooltip, and the search modes' names in the search bar:
 * plain words, so a person who never heard of vectors knows what the badge means.
 */
public final class MatchBadges {
    public static final String BADGE = "match-badge";

    private MatchBadges() {
    }

    public static String text(MatchKind kind) {
        return switch (kind) {
            case WORDS -> "words";
            case MEANING -> "meaning";
            case BOTH -> "words + meaning";
        };
    }

    public static String tooltip(MatchKind kind) {
        return switch (kind) {
            case WORDS -> "Found by its words: the claim contains the words you searched for.";
            case MEANING -> "Found by its meaning: it says something close to your search in other words"
                    + " (no word of it need match).";
            case BOTH -> "Found by its words and by its meaning.";
        };
    }

    /** The style class of a kind's badge, beside {@link #BADGE}. */
    public static String styleClass(MatchKind kind) {
        return "match-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mode's name on its toggle button. */
    public static String modeName(SearchMode mode) {
        return switch (mode) {
            case LEXICAL -> "Words";
            case SEMANTIC -> "Meaning";
            case HYBRID -> "Both";
        };
    }

    public static String modeTooltip(SearchMode mode) {
        return switch (mode) {
            case LEXICAL -> "Search by words: claims containing the words of your query (Ctrl+M switches)";
            case SEMANTIC -> "Search by meaning: claims that say something close, in any words (Ctrl+M switches)";
            case HYBRID -> "Search by words and meaning together, best of both first (Ctrl+M switches)";
        };
    }
}
