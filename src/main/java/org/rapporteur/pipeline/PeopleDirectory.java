package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.index.ClaimIndex;
import org.rapporteur.model.Person;
import org.rapporteur.model.PersonDecision;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SpeakerOccurrence;
import org.rapporteur.structure.PersonRegistry;
import org.rapporteur.structure.RegistryPerson;

/**
 * The person registry of a workspace, built from what the index holds (the speakers of each report with role and
 * country, read without reading the claims, and the report authors) and the analyst's merges and splits, so it needs
 * no re-reading of the sources.
 */
final class PeopleDirectory {
    private PeopleDirectory() {
    }

    /** The registry itself (name variants merged, decisions applied) and each person's summary. */
    record Built(PersonRegistry registry, List<PersonSummary> people) {
    }

    static List<PersonSummary> build(ClaimIndex index) {
        return build(index, List.of()).people();
    }

    /**
     * The speakers of the index as people, without report titles and authors: what search needs to find a person
     * under any of their names (reading every report's summary is the slow part of {@link #build}).
     */
    static PersonRegistry speakers(List<SpeakerOccurrence> occurrences, List<PersonDecision> decisions) {
        return new PersonRegistry(sightings(occurrences, Map.of()), decisions);
    }

    private static List<PersonRegistry.Sighting> sightings(List<SpeakerOccurrence> occurrences,
                                                           Map<String, ReportSummary> summaries) {
        List<PersonRegistry.Sighting> out = new ArrayList<>();
        for (SpeakerOccurrence o : occurrences) {
            ReportSummary s = summaries.get(o.reportId());
            String date = o.year() != null ? o.year().toString() : s == null ? null : s.date();
            out.add(new PersonRegistry.Sighting(o.person(), o.reportId(), date, o.claims()));
        }
        return out;
    }

    static Built build(ClaimIndex index, List<PersonDecision> decisions) {
        Map<String, ReportSummary> summaries = new LinkedHashMap<>();
        for (ReportSummary s : index.corpus().reports()) {
            summaries.put(s.id(), s);
        }
        List<SpeakerOccurrence> occurrences = index.corpus().speakerOccurrences();
        List<PersonRegistry.Sighting> sightings = sightings(occurrences, summaries);
        Map<String, Long> claimsBySpeaker = new HashMap<>();
        for (SpeakerOccurrence o : occurrences) {
            claimsBySpeaker.merge(o.speaker(), o.claims(), Long::sum);
        }
        for (ReportSummary s : summaries.values()) {
            for (String author : s.authors()) {
                sightings.add(new PersonRegistry.Sighting(Person.named(author), s.id(), s.date(), 1));
            }
        }
        PersonRegistry registry = new PersonRegistry(sightings, decisions);
        List<PersonSummary> out = new ArrayList<>();
        for (RegistryPerson p : registry.persons()) {
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
        return new Built(registry, out);
    }
}
