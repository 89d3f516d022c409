package org.rapporteur.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file formats Rapporteur reads, recognised by file extension (case-insensitive). The {@link #id()} is what
 * ends up in {@code SourceDocument.format}.
 */
public enum SourceFormat {
    TXT("txt", true, "txt"),
    MD("md", true, "md", "markdown"),
    HTML("html", true, "html", "htm"),
    PDF("pdf", false, "pdf"),
    DOCX("docx", false, "docx");

    private final String id;
    private final boolean text;
    private final Set<String> extensions;

    SourceFormat(String id, boolean text, String... extensions) {
        this.id = id;
        this.text = text;
        this.extensions = Set.of(extensions);
    }

    public String id() {
        return id;
    }

    /** The format's name in a message to the analyst: "the PDF reader", "the Word reader". */
    public String label() {
        return switch (this) {
            case TXT -> "text";
            case MD -> "Markdown";
            case HTML -> "HTML";
            case PDF -> "PDF";
            case DOCX -> "Word";
        };
    }

    /** True for formats read as characters (and so held to the text size limit). */
    public boolean isText() {
        return text;
    }

    public static Optional<SourceFormat> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : ofFileName(name.toString());
    }

    public static Optional<SourceFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (SourceFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
