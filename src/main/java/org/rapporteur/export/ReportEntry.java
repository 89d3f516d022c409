package org.rapporteur.export;

import java.util.List;

import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Pages;
import org.rapporteur.model.ReportSummary;

/**
 * A report of the bundle: what the library knows of it, and its normalised text with page spans (the text the
 * TextPosition selectors count on).
 *
 * @param text  the normalised text; null when the report's file changed or vanished since indexing
 * @param pages page spans of {@code text}; empty for unpaged sources
 */
public record ReportEntry(ReportSummary summary, String text, List<PageSpan> pages) {
    public ReportEntry {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    public String id() {
        return summary.id();
    }

    public boolean hasText() {
        return text != null;
    }

    /** The page of an offset, or null for unpaged sources. */
    public Integer pageAt(int offset) {
        return Pages.pageAt(pages, offset);
    }
}
