package org.rapporteur.export;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportSummary;

/**
 * The citation of one excerpt: who said or wrote it (speaker, else the attributed body, else the report's authors,
 * else its organisation), their role and country, the report, organisation, date, page and section.
 */
public record ExcerptCitation(String who, String role, String country, String report, String organisation,
                              String date, Integer page, String section) {

    static ExcerptCitation of(Excerpt e) {
        return of(e.claim(), e.report().summary(), e.page(), e.section());
    }

    /**
     * The citation of words of report {@code summary} that lie in {@code claim} (null when they lie in no known
     * claim: the report's authors, else its organisation, stand for who wrote them). The one citation the exports and
     * the workbench's "copy with citation" share.
     */
    public static ExcerptCitation of(ClaimRecord claim, ReportSummary summary, Integer page, String section) {
        Person p = claim == null ? null : claim.claim().attribution().speaker();
        String who = null;
        if (claim != null) {
            var a = claim.claim().attribution();
            who = a.speakerName() != null ? a.speakerName() : a.attributedTo();
        }
        if (who == null && !summary.authors().isEmpty()) {
            who = String.join("; ", summary.authors());
        }
        String country = p == null ? null : p.country();
        if (country == null && claim != null) {
            country = claim.claim().enrichment().speakerCountry();
        }
        return new ExcerptCitation(who, p == null ? null : p.roleLine(), country, summary.title(),
                summary.organisation(), summary.date(), page, section);
    }

    /**
     * The quoted words with this citation, on one line: {@code “words” — Jane Doe (Director), Report, Organisation,
     * 2024-03-01, p. 4}. White space inside the quote is collapsed.
     */
    public String quoting(String words) {
        return "\u201c" + words.strip().replaceAll("\\s+", " ") + "\u201d \u2014 " + line();
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
