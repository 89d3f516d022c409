package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A theme of the taxonomy: its path (labels from the top down joined by {@code /}, e.g. {@code Security/Terrorism and
 * militancy}), the words or phrases that code a claim with it, what it covers in a sentence or two, and example
 * sentences of claims that have it. The description and examples are what a claim is compared with by meaning; the
 * terms are keyword evidence (whole words, plural and possessive forms; a term ending in {@code *} is a word prefix).
 */
public record Theme(String path, List<String> terms, String description, List<String> examples) {
    public Theme {
        Objects.requireNonNull(path, "path");
        path = normalisePath(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a theme needs a name");
        }
        terms = cleaned(terms);
        description = description == null ? "" : description.strip();
        examples = cleaned(examples);
    }

    /** A theme with terms only (no description, no examples), as taxonomy files of version 1 have them. */
    public Theme(String path, List<String> terms) {
        this(path, terms, "", List.of());
    }

    private static List<String> cleaned(List<String> list) {
        return list == null ? List.of() : list.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct()
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

    /** A copy with other terms. */
    public Theme withTerms(List<String> newTerms) {
        return new Theme(path, newTerms, description, examples);
    }

    /** A copy with other examples. */
    public Theme withExamples(List<String> newExamples) {
        return new Theme(path, terms, description, newExamples);
    }

    public static String normalisePath(String path) {
        return String.join("/", java.util.Arrays.stream(path.split("/")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }
}
