package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A report file read and normalised: its text plus where every character came from.
 *
 * @param reportId   SHA-256 (hex) of the source bytes
 * @param sourceName the file name, e.g. {@code report.pdf}
 * @param path       the absolute path the bytes were read from, as a string
 * @param format     {@code txt, md, html, pdf, docx}
 * @param text       normalised text: LF line ends, blank line between paragraphs, no markup
 * @param pages      page spans covering {@code text} in order; empty for unpaged sources
 * @param problems   non-fatal problems met while reading (fatal ones never produce a document)
 * @param declared   what the file declares about itself (front matter, meta tags, document properties)
 * @param layout     what the page layout says beside the words (headings, footnotes, running lines); PDFs only
 */
public record SourceDocument(String reportId, String sourceName, String path, String format, String text,
                             List<PageSpan> pages, List<Problem> problems, DeclaredMetadata declared,
                             LayoutMarks layout) {
    public SourceDocument {
        Objects.requireNonNull(reportId);
        Objects.requireNonNull(text);
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
        declared = declared == null ? DeclaredMetadata.none() : declared;
        layout = layout == null ? LayoutMarks.none() : layout;
    }

    /** A document without page layout (every format but PDF). */
    public SourceDocument(String reportId, String sourceName, String path, String format, String text,
                          List<PageSpan> pages, List<Problem> problems, DeclaredMetadata declared) {
        this(reportId, sourceName, path, format, text, pages, problems, declared, LayoutMarks.none());
    }

    /** A document whose file declares nothing about itself. */
    public SourceDocument(String reportId, String sourceName, String path, String format, String text,
                          List<PageSpan> pages, List<Problem> problems) {
        this(reportId, sourceName, path, format, text, pages, problems, DeclaredMetadata.none(), LayoutMarks.none());
    }

    public boolean paged() {
        return !pages.isEmpty();
    }

    /** The page number of the character at {@code offset}, or null for unpaged sources. */
    public Integer pageAt(int offset) {
        return Pages.pageAt(pages, offset);
    }
}
