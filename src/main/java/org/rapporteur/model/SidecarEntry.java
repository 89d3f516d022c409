package org.rapporteur.model;

import java.util.List;

/**
 * Metadata an analyst (or a dataset) supplies for one source file, overriding what the extractor finds. Every field
 * may be null, meaning "no override".
 */
public record SidecarEntry(String title, String organisation, String date, ReportKind kind, List<String> authors,
                           String speaker, String speakerRole, String speakerCountry) {
    public SidecarEntry {
        authors = authors == null ? null : List.copyOf(authors);
    }
}
