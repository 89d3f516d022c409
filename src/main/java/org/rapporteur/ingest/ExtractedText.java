package org.rapporteur.ingest;

import java.util.List;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Problem;

/**
 * What a format reader hands back: the normalised text, its page spans (empty when unpaged) and non-fatal problems.
 */
record ExtractedText(String text, List<PageSpan> pages, List<Problem> problems) {
    ExtractedText {
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
    }

    static ExtractedText unpaged(String text) {
        return new ExtractedText(text, List.of(), List.of());
    }
}
