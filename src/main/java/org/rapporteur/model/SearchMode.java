package org.rapporteur.model;

import java.util.Locale;

/**
 * How a search finds claims: by their words (BM25), by their meaning (nearest sentence vectors), or both fused.
 * Hybrid is the default; without vectors it finds what lexical finds and says why.
 */
public enum SearchMode {
    LEXICAL, SEMANTIC, HYBRID;

    /** {@code lexical}, {@code semantic} or {@code hybrid}, any case; anything else is refused with the choices. */
    public static SearchMode parse(String text) {
        if (text != null) {
            for (SearchMode m : values()) {
                if (m.name().equalsIgnoreCase(text.strip())) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("unknown search mode '" + text + "': use lexical, semantic or hybrid");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
