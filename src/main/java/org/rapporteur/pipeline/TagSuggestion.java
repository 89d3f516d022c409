package org.rapporteur.pipeline;

import java.util.List;

/**
 * A tag the analyst's own coding suggests for a claim: the tag, a confidence in [0, 1], and the coded claims nearest
 * in meaning that voted for it, nearest first (the evidence shown).
 */
public record TagSuggestion(long tagId, String tagPath, double confidence, List<String> becauseOf) {
    public TagSuggestion {
        becauseOf = List.copyOf(becauseOf);
    }
}
