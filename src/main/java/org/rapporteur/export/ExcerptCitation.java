package org.rapporteur.export;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.model.Person;

/**
 * The citation of one excerpt: who said or wrote it (speaker, else the attributed body, else the report's authors,
 * else its organisation), their role and country, the report, organisation, date, page and section.
 */
public record ExcerptCitation(String who, String role, String country, String report, String organisation,
                              String date, Integer page, String section) {

    static ExcerptCitation of(Excerpt e) {
        Person p = e.speaker();
        String who = e.speakerLabel();
        var summary = e.report().summary();
        if (who == null && !summary.authors().isEmpty()) {
            who = String.join("; ", summary.authors());
        }
        String country = p == null ? null : p.country();
        if (country == null && e.claim() != null) {
            country = e.claim().claim().enrichment().speakerCountry();
        }
        return new ExcerptCitation(who, p == null ? null : p.roleLine(), country, summary.title(),
                summary.organisation(), summary.date(), e.page(), e.section());
    }

    /** E.g. {@code Jane Doe (Director, Example Institute; Kenya), Report title, Organisation, 2024-03-01, p. 4}. */
    public String line() {
        List<String> parts = new ArrayList<>();
        if (who != null) {
            List<String> detail = new ArrayList<>();
            if (role != null) {
                detail.add(role);
            }
            if (country != null) {
                detail.add(country);
            }
            parts.add(detail.isEmpty() ? who : who + " (" + String.join("; ", detail) + ")");
        }
        if (report != null) {
            parts.add(report);
        }
        if (organisation != null) {
            parts.add(organisation);
        }
        if (date != null) {
            parts.add(date);
        }
        if (page != null) {
            parts.add("p. " + page);
        }
        return String.join(", ", parts);
    }
}
