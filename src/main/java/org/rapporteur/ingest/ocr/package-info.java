/**
 * Optical character recognition of PDF pages that have no text layer: {@link org.rapporteur.ingest.ocr.PageRaster}
 * draws a page to a grey image with PDFBox, {@link org.rapporteur.ingest.ocr.TesseractEngine} runs the
 * {@code tesseract} command on it and reads the words and their confidences back
 * ({@link org.rapporteur.ingest.ocr.OcrResult}), {@link org.rapporteur.ingest.ocr.RecognisedPages} keeps what a run has
 * read. Knows nothing of reports: {@code ingest.PageOcr} decides which pages go here and what the analyst is told.
 * See docs/decisions/0013-ocr-with-the-tesseract-command.md.
 */
package org.rapporteur.ingest.ocr;
