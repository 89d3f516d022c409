package org.rapporteur.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The formats Rapporteur writes, with the name the CLI takes and the file extension. */
public enum ExportFormat {
    CSV("csv", "csv", "Spreadsheet (CSV)", CsvExporter::new),
    MARKDOWN("md", "md", "Markdown dossier", MarkdownDossierExporter::new),
    HTML("html", "html", "HTML dossier", HtmlDossierExporter::new),
    JSONLD("jsonld", "jsonld", "W3C Web Annotation (JSON-LD)", WebAnnotationExporter::new),
    QDPX("qdpx", "qdpx", "REFI-QDA project", QdpxExporter::new),
    QDC("qdc", "qdc", "REFI-QDA codebook", QdcExporter::new),
    CSL_JSON("csl-json", "json", "Citations (CSL-JSON)", CslJsonExporter::new),
    RIS("ris", "ris", "Citations (RIS)", RisExporter::new),
    BIBTEX("bibtex", "bib", "Citations (BibTeX)", BibtexExporter::new);

    private final String key;
    private final String extension;
    private final String label;
    private final Supplier<Exporter> factory;

    ExportFormat(String key, String extension, String label, Supplier<Exporter> factory) {
        this.key = key;
        this.extension = extension;
        this.label = label;
        this.factory = factory;
    }

    public String key() {
        return key;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** True when the format writes report texts or quotes with context, so the reports must be read again. */
    public boolean needsReportText() {
        return this == QDPX || this == JSONLD;
    }

    public Exporter exporter() {
        return factory.get();
    }

    /** The format named {@code key} ({@code csv}, {@code md}, {@code csl-json}...); refuses unknown names. */
    public static ExportFormat byKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.key.equals(k) || f.name().equalsIgnoreCase(k.replace('-', '_'))
                    || (f == MARKDOWN && k.equals("markdown")) || (f == JSONLD && k.equals("json-ld"))) {
                return f;
            }
        }
        throw new ExportException("Unknown export format '" + key + "'; use one of "
                + Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(", ")) + ".");
    }
}
