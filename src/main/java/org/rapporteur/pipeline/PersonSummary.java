package org.rapporteur.pipeline;

import java.util.List;

/**
 * One person of the corpus registry: canonical name, the ways the reports wrote it, roles, affiliations, countries,
 * the reports they appear in (ids and titles) and how many claims are attributed to them.
 */
public record PersonSummary(String id, String name, List<String> aliases, List<String> honorifics,
                            List<String> roles, List<String> affiliations, List<String> countries,
                            List<String> reportIds, List<String> reports, long claims) {
    public PersonSummary {
        aliases = List.copyOf(aliases);
        honorifics = List.copyOf(honorifics);
        roles = List.copyOf(roles);
        affiliations = List.copyOf(affiliations);
        countries = List.copyOf(countries);
        reportIds = List.copyOf(reportIds);
        reports = List.copyOf(reports);
    }
}
