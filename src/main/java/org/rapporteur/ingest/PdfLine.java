package org.rapporteur.ingest;

/**
 * One printed line of a PDF page in reading order, with what the layout steps need to know about it: where it stands
 * (left and right edge, baseline), its type (size and boldness of most of its characters), and the block it belongs
 * to: a block is one column of one band of the page (or a full-width band), read top to bottom; blocks follow each
 * other in reading order, so a change of block is a column break.
 *
 * @param page  1-based page number
 * @param block reading-order number of the block within its page
 */
record PdfLine(int page, int block, String text, float x0, float x1, float baseline, float size, boolean bold) {
    float width() {
        return x1 - x0;
    }
}
