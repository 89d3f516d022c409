package org.rapporteur.cli;

import java.util.List;

import org.rapporteur.model.Attribution;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.Person;

/** A claim as {@code claims --json} and {@code search --json} print it: the contract other tools rely on. */
record ClaimJson(String id, String reportId, String source, String report, Integer page, String section, int start,
                 int end, String text, String speaker, String speakerRole, String attributedTo, String attribution,
                 double confidence, String attributionReason, RunnerUpJson runnerUp,
                 List<EvidenceJson> evidence, List<String> countries, String speakerCountry,
                 List<String> regions, List<ThemeJson> themes, List<String> organisations, List<String> tags,
                 List<String> codedBy) {

    record ThemeJson(String theme, List<String> evidence) {
    }

    record RunnerUpJson(String name, boolean person, double confidence, String reason) {
    }

    record EvidenceJson(String candidate, String kind, double weight, String reason, boolean chosen) {
    }

    static ClaimJson of(ClaimRecord r) {
        Claim c = r.claim();
        Attribution a = c.attribution();
        Person p = a.speaker();
        Enrichment e = c.enrichment();
        return new ClaimJson(c.id(), c.reportId(), r.source(), r.reportTitle(), c.page(), c.section(), c.start(),
                c.end(), c.text(), p == null ? null : p.name(), p == null ? null : p.roleLine(), a.attributedTo(),
                a.method().label(), a.confidence(), a.reason(),
                a.runnerUp() == null ? null : new RunnerUpJson(a.runnerUp().name(), a.runnerUp().speaker() != null,
                        a.runnerUp().confidence(), a.runnerUp().reason()),
                a.evidence().stream().map(v -> new EvidenceJson(v.candidate(), v.kind(), v.weight(), v.reason(),
                        v.chosen())).toList(),
                e.countries(), e.speakerCountry(), e.regions(),
                e.themes().stream().map(t -> new ThemeJson(t.theme(), t.evidence())).toList(), e.organisations(),
                r.tags(), r.codedBy());
    }
}
