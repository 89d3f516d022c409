package org.rapporteur.model;

import java.util.List;

/**
 * A speaker as one report has them: the name as indexed, honorifics, role and country (the resolved speaker's country
 * when there is one), the report's year, and how many of the report's claims are theirs. What the person registry needs of a corpus,
 * read without reading its claims.
 */
public record SpeakerOccurrence(String reportId, String speaker, List<String> honorifics, String role,
                                String country, Integer year, long claims) {
    public SpeakerOccurrence {
        honorifics = List.copyOf(honorifics);
    }

    public Person person() {
        return new Person(speaker, honorifics, role, null, country);
    }
}
