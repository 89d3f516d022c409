package org.rapporteur.model;

/**
 * The characters {@code [start, end)} of a normalised text that came from page {@code number} (1-based).
 *
 * @param ocrConfidence null when the page's text came from its text layer; for a scanned page read by OCR, the OCR
 *                      engine's mean word confidence (0–100), so readers and exports can say the words may be wrong
 */
public record PageSpan(int number, int start, int end, Double ocrConfidence) {
    public PageSpan {
        if (number < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad page span " + number + " [" + start + "," + end + ")");
        }
    }

    /** A page read from its text layer. */
    public PageSpan(int number, int start, int end) {
        this(number, start, end, null);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** True when the page's text was recognised by OCR from an image. */
    public boolean ocr() {
        return ocrConfidence != null;
    }

    public PageSpan withOcrConfidence(double confidence) {
        return new PageSpan(number, start, end, confidence);
    }
}
