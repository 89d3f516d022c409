package org.rapporteur.ingest.ocr;

/**
 * The words Tesseract recognised on one page.
 *
 * @param text           the words laid out as the page shows them: a space between words, a line break between
 *                       lines, a blank line between paragraphs (the PDF reader joins lines as it does for text layers)
 * @param words          how many words were recognised
 * @param meanConfidence Tesseract's mean word confidence, 0–100 (0 when no words)
 */
public record OcrResult(String text, int words, double meanConfidence) {
    public static final OcrResult EMPTY = new OcrResult("", 0, 0);

    public boolean isEmpty() {
        return words == 0;
    }
}
