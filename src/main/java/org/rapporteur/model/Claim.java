package org.rapporteur.model;

import java.util.List;

/**
 * One claim: a bullet or numbered item, or one sentence of prose, with its provenance, attribution and enrichment.
 *
 * @param id          stable id, see {@link Ids#claimId}
 * @param reportId    the report's id
 * @param start       start offset in the report's normalised text
 * @param end         end offset (exclusive)
 * @param text        the claim's text, {@code normalisedText.substring(start, end)} (whitespace may be collapsed)
 * @param page        page of {@code start}, null for unpaged sources
 * @param sectionPath section titles from the top down; empty when the claim is before any heading
 * @param kind        bullet, numbered or sentence
 */
public record Claim(String id, String reportId, int start, int end, String text, Integer page,
                    List<String> sectionPath, Kind kind, Attribution attribution, Enrichment enrichment) {
    public enum Kind { BULLET, NUMBERED, SENTENCE }

    public Claim {
        sectionPath = List.copyOf(sectionPath);
        if (attribution == null) {
            attribution = Attribution.none();
        }
        if (enrichment == null) {
            enrichment = Enrichment.empty();
        }
    }

    public String section() {
        return sectionPath.isEmpty() ? null : String.join(" > ", sectionPath);
    }

    public Claim withAttribution(Attribution a) {
        return new Claim(id, reportId, start, end, text, page, sectionPath, kind, a, enrichment);
    }

    public Claim withEnrichment(Enrichment e) {
        return new Claim(id, reportId, start, end, text, page, sectionPath, kind, attribution, e);
    }
}
