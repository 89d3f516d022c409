package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.model.Theme;

/**
 * What each theme is compared with by meaning: its prototypes (the embedded description and examples of the taxonomy,
 * plus the claims the analyst coded with it) and its negatives (claims the analyst took it off). Vectors are unit
 * length, made by whichever sentence model the caller uses; this package never embeds. Immutable once built.
 */
public final class ThemePrototypes {
    /** Where a prototype comes from, which decides how evidence names it. */
    public enum Source {
        /** The theme's description in the taxonomy. */
        DESCRIPTION,
        /** An example sentence of the taxonomy. */
        EXAMPLE,
        /** A claim the analyst coded with the theme (an ADD_THEME correction). */
        ANALYST
    }

    /**
     * One prototype: its vector, its text (shown as evidence), where it comes from, and the claim it is (an analyst's
     * coding; null for the taxonomy's own) so that a claim is never compared with its own coding.
     */
    public record Prototype(float[] vector, String text, Source source, String claimId) {
        public Prototype(float[] vector, String text, Source source) {
            this(vector, text, source, null);
        }
    }

    /** A claim the analyst took a theme off: its vector and its id. */
    public record Negative(float[] vector, String claimId) {
    }

    private final Map<String, List<Prototype>> prototypes;
    private final Map<String, List<Negative>> negatives;

    private ThemePrototypes(Map<String, List<Prototype>> prototypes, Map<String, List<Negative>> negatives) {
        this.prototypes = prototypes;
        this.negatives = negatives;
    }

    /** The texts of a taxonomy's prototypes to embed, in the order {@link Builder#addTaxonomy} expects their vectors. */
    public static List<String> taxonomyTexts(ThemeTaxonomy taxonomy) {
        List<String> out = new ArrayList<>();
        for (Theme t : taxonomy.themes()) {
            if (!t.description().isEmpty()) {
                out.add(descriptionText(t));
            }
            out.addAll(t.examples());
        }
        return out;
    }

    /**
     * The sentence a description is embedded as: the leaf label with it ("Health and pandemics: disease outbreaks
     * ..."), since a description is a list of topics and the label is the name claims use.
     */
    static String descriptionText(Theme t) {
        return t.label() + ": " + t.description();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The themes that have at least one prototype. */
    public java.util.Set<String> themes() {
        return prototypes.keySet();
    }

    public List<Prototype> of(String theme) {
        return prototypes.getOrDefault(theme, List.of());
    }

    public List<Negative> negativesOf(String theme) {
        return negatives.getOrDefault(theme, List.of());
    }

    public int size() {
        return prototypes.values().stream().mapToInt(List::size).sum();
    }

    /** Collects prototypes and negatives; not thread-safe. */
    public static final class Builder {
        private final Map<String, List<Prototype>> prototypes = new LinkedHashMap<>();
        private final Map<String, List<Negative>> negatives = new LinkedHashMap<>();

        /** The taxonomy's prototypes with their vectors, in the order of {@link #taxonomyTexts}. */
        public Builder addTaxonomy(ThemeTaxonomy taxonomy, List<float[]> vectors) {
            int i = 0;
            for (Theme t : taxonomy.themes()) {
                if (!t.description().isEmpty()) {
                    add(t.path(), new Prototype(vectors.get(i++), t.description(), Source.DESCRIPTION));
                }
                for (String e : t.examples()) {
                    add(t.path(), new Prototype(vectors.get(i++), e, Source.EXAMPLE));
                }
            }
            if (i != vectors.size()) {
                throw new IllegalArgumentException(vectors.size() + " vectors for " + i + " prototypes");
            }
            return this;
        }

        public Builder add(String theme, Prototype p) {
            prototypes.computeIfAbsent(Theme.normalisePath(theme), k -> new ArrayList<>()).add(p);
            return this;
        }

        public Builder addNegative(String theme, Negative negative) {
            negatives.computeIfAbsent(Theme.normalisePath(theme), k -> new ArrayList<>()).add(negative);
            return this;
        }

        public ThemePrototypes build() {
            Map<String, List<Prototype>> p = new LinkedHashMap<>();
            prototypes.forEach((k, v) -> p.put(k, List.copyOf(v)));
            Map<String, List<Negative>> n = new LinkedHashMap<>();
            negatives.forEach((k, v) -> n.put(k, List.copyOf(v)));
            return new ThemePrototypes(java.util.Collections.unmodifiableMap(p), java.util.Collections.unmodifiableMap(n));
        }
    }
}
