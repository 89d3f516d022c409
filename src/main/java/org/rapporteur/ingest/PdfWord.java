package org.rapporteur.ingest;

/**
 * One word as printed on a PDF page: its characters, its box along the baseline (PDF points, x to the right, y down
 * from the top of the page), its font size and whether its font is bold. Built per page by
 * {@link PositionedTextStripper}, turned into lines by {@link ColumnLayout}, then dropped.
 */
record PdfWord(String text, float x0, float x1, float baseline, float size, boolean bold) {
    float width() {
        return x1 - x0;
    }
}
