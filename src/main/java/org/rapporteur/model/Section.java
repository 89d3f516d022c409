package org.rapporteur.model;

import java.util.List;

/**
 * A heading and the text under it, {@code [start, end)} in the normalised text, with its nesting {@code level}
 * (1 = top) and {@code path} (titles from the top level down to this one).
 */
public record Section(String title, int level, int start, int end, List<String> path) {
    public Section {
        path = List.copyOf(path);
    }
}
