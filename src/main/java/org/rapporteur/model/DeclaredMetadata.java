package org.rapporteur.model;

import java.util.List;

/**
 * What a file says about itself, beside its text: YAML/TOML front matter, HTML {@code <title>} and {@code <meta>}
 * tags (name, Open Graph, {@code citation_*}), schema.org JSON-LD, PDF document information and XMP, DOCX core
 * properties. Any field may be null (or empty) when the file declares nothing. A sidecar still overrides these; the
 * structurer prefers them to what it reads off the text.
 *
 * @param title        the declared title
 * @param authors      declared author names as written (people, not organisations)
 * @param organisation the publisher or site name
 * @param date         ISO date ({@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}); an event's start date when the
 *                     file declares an event
 * @param description  a declared summary or standfirst
 * @param type         the declared type as written (e.g. {@code article}, {@code NewsArticle}, {@code Event},
 *                     {@code transcript}), or null
 */
public record DeclaredMetadata(String title, List<String> authors, String organisation, String date,
                               String description, String type) {
    public DeclaredMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static DeclaredMetadata none() {
        return new DeclaredMetadata(null, List.of(), null, null, null, null);
    }

    public boolean isEmpty() {
        return title == null && authors.isEmpty() && organisation == null && date == null && description == null
                && type == null;
    }
}
