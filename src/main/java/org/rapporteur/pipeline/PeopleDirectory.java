package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.index.ClaimIndex;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.model.Report;
import org.rapporteur.structure.PersonRegistry;
import org.rapporteur.structure.RegistryPerson;

/**
 * The person registry of a workspace, built from what the index holds (the speakers of claims, with honorifics, role,
 * affiliation and country, and the report authors), so it needs no re-reading of the sources.
 */
final class PeopleDirectory {
    private PeopleDirectory() {
    }

    static List<PersonSummary> build(ClaimIndex index) {
        Map<String, ReportSummary> summaries = new LinkedHashMap<>();
        for (ReportSummary s : index.reports()) {
            summaries.put(s.id(), s);
        }
        Map<String, List<Claim>> claimsByReport = new LinkedHashMap<>();
        Map<String, Long> claimsBySpeaker = new HashMap<>();
        index.forEachClaim("", r -> {
            Claim c = r.claim();
            if (c.attribution().speaker() != null) {
                claimsByReport.computeIfAbsent(c.reportId(), k -> new ArrayList<>()).add(c);
                claimsBySpeaker.merge(c.attribution().speaker().name(), 1L, Long::sum);
            }
        });
        List<Report> reports = new ArrayList<>();
        for (ReportSummary s : summaries.values()) {
            SourceDocument doc = new SourceDocument(s.id(), s.source(), s.path(), "", "", List.of(), List.of());
            reports.add(new Report(doc, new ReportMetadata(s.title(), s.organisation(), s.date(), s.kind(),
                    s.authors()), List.of(), List.of(), List.of(), claimsByReport.getOrDefault(s.id(), List.of())));
        }
        List<PersonSummary> out = new ArrayList<>();
        for (RegistryPerson p : new PersonRegistry(reports).persons()) {
            long claims = 0;
            for (String alias : p.aliases()) {
                claims += claimsBySpeaker.getOrDefault(alias, 0L);
            }
            if (!p.aliases().contains(p.name())) {
                claims += claimsBySpeaker.getOrDefault(p.name(), 0L);
            }
            List<String> titles = p.reportIds().stream()
                    .map(id -> summaries.containsKey(id) ? summaries.get(id).title() : id).toList();
            out.add(new PersonSummary(p.id(), p.name(), p.aliases(), p.honorifics(), p.roles(), p.affiliations(),
                    p.countries(), p.reportIds(), titles, claims));
        }
        return out;
    }
}
