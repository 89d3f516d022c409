package org.rapporteur.model;

import java.util.List;

/**
 * A theme on a claim, with the words in the claim that triggered it.
 *
 * @param theme    the theme's path, top-down, joined by {@code /}, e.g. {@code Security/Terrorism and militancy}
 * @param evidence the words of the claim that matched, as written
 */
public record ThemeMatch(String theme, List<String> evidence) {
    public ThemeMatch {
        evidence = List.copyOf(evidence);
    }

    /** The leaf label, e.g. {@code Terrorism and militancy}. */
    public String label() {
        int slash = theme.lastIndexOf('/');
        return slash < 0 ? theme : theme.substring(slash + 1);
    }
}
