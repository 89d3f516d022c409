package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A theme of the taxonomy: its path (labels from the top down joined by {@code /}, e.g. {@code Security/Terrorism and
 * militancy}) and the words or phrases that code a claim with it.
 */
public record Theme(String path, List<String> terms) {
    public Theme {
        Objects.requireNonNull(path, "path");
        path = normalisePath(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a theme needs a name");
        }
        terms = terms == null ? List.of() : terms.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .toList();
    }

    /** The leaf label, e.g. {@code Terrorism and militancy}. */
    public String label() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The parent's path, or null for a top-level theme. */
    public String parent() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }

    public static String normalisePath(String path) {
        return String.join("/", java.util.Arrays.stream(path.split("/")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }
}
