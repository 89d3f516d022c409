package org.rapporteur.structure;

import java.util.List;

/**
 * One person across the corpus: a canonical name (no honorifics), every way the reports wrote it, their roles,
 * affiliations and countries as introduced, and the ids of the reports they appear in.
 *
 * @param id           stable id derived from the canonical name key
 * @param name         canonical display name, e.g. {@code Farhatullah Babar}
 * @param aliases      names as written, e.g. {@code Senator Farhatullah Babar}, {@code Babar}
 * @param honorifics   titles, ranks and post-nominals seen, e.g. {@code Senator}, {@code HI (M)}
 * @param roles        roles seen, e.g. {@code Secretary General}
 * @param affiliations affiliations seen, e.g. {@code PPP}
 * @param countries    countries seen (from sidecars), may be empty
 * @param reportIds    reports the person appears in, in first-seen order
 */
public record RegistryPerson(String id, String name, List<String> aliases, List<String> honorifics,
                             List<String> roles, List<String> affiliations, List<String> countries,
                             List<String> reportIds) {
    public RegistryPerson {
        aliases = List.copyOf(aliases);
        honorifics = List.copyOf(honorifics);
        roles = List.copyOf(roles);
        affiliations = List.copyOf(affiliations);
        countries = List.copyOf(countries);
        reportIds = List.copyOf(reportIds);
    }
}
