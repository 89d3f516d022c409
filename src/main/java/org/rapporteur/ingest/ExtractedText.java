package org.rapporteur.ingest;

import java.util.List;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.LayoutMarks;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Problem;

/**
 * What a format reader hands back: the normalised text, its page spans (empty when unpaged), non-fatal problems, what
 * the file declares about itself beside the text (front matter, meta tags, document properties), and what its page
 * layout says (PDFs only: headings, footnotes, running lines left out).
 */
record ExtractedText(String text, List<PageSpan> pages, List<Problem> problems, DeclaredMetadata declared,
                     LayoutMarks layout) {
    ExtractedText {
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
        declared = declared == null ? DeclaredMetadata.none() : declared;
        layout = layout == null ? LayoutMarks.none() : layout;
    }

    ExtractedText(String text, List<PageSpan> pages, List<Problem> problems, DeclaredMetadata declared) {
        this(text, pages, problems, declared, LayoutMarks.none());
    }

    ExtractedText(String text, List<PageSpan> pages, List<Problem> problems) {
        this(text, pages, problems, DeclaredMetadata.none(), LayoutMarks.none());
    }

    static ExtractedText unpaged(String text) {
        return new ExtractedText(text, List.of(), List.of());
    }

    ExtractedText withDeclared(DeclaredMetadata d) {
        return new ExtractedText(text, pages, problems, d, layout);
    }
}
