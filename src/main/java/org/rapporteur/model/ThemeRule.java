package org.rapporteur.model;

import java.util.Objects;

/**
 * "Autocode by query": claims that match {@code query} (in the index's query syntax) are coded with {@code theme}. The
 * taxonomy only stores rules; the index runs them.
 */
public record ThemeRule(String theme, String query) {
    public ThemeRule {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(query, "query");
        theme = Theme.normalisePath(theme);
        query = query.strip();
        if (theme.isEmpty() || query.isEmpty()) {
            throw new IllegalArgumentException("a theme rule needs a theme and a query");
        }
    }
}
