package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the text OCR recognised on a page into layout lines, so a scanned page goes through the same assembly as a
 * page with a text layer (running lines across pages, joins across page breaks). OCR reports no fonts or positions
 * here, so every line is body type in one column; a line's width follows its length, so a paragraph's short last
 * line reads as its end, and paragraphs (blank lines in the OCR text) stand a line further apart.
 */
final class OcrLines {
    /** Points per character: any constant will do, widths are only compared with each other. */
    private static final float CHAR_WIDTH = 5f;

    private OcrLines() {
    }

    static List<PdfLine> of(int page, String text, float bodySize) {
        float leading = 1.2f * bodySize;
        float baseline = bodySize;
        List<PdfLine> lines = new ArrayList<>();
        boolean gap = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                gap = !lines.isEmpty();
                continue;
            }
            baseline += gap ? 2 * leading : leading;
            gap = false;
            lines.add(new PdfLine(page, 0, line, 0, line.length() * CHAR_WIDTH, baseline, bodySize, false));
        }
        return lines;
    }
}
