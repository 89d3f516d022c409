package org.rapporteur.model;

import java.util.List;

/**
 * What the enrichers found in a claim: countries mentioned (English short names), the speaker's country, regions,
 * themes with evidence, organisations named.
 */
public record Enrichment(List<String> countries, String speakerCountry, List<String> regions, List<ThemeMatch> themes,
                         List<String> organisations) {
    public Enrichment {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        themes = List.copyOf(themes);
        organisations = List.copyOf(organisations);
    }

    public static Enrichment empty() {
        return new Enrichment(List.of(), null, List.of(), List.of(), List.of());
    }

    public List<String> themeNames() {
        return themes.stream().map(ThemeMatch::theme).toList();
    }
}
