package org.rapporteur.ingest.ocr;

/**
 * Reads Tesseract's {@code tsv} output (one row per page, block, paragraph, line and word, with the word's confidence)
 * into an {@link OcrResult}. The layout comes from the block/paragraph/line numbers of the word rows, so the text
 * keeps Tesseract's reading order and paragraph breaks. Stateless.
 */
final class TesseractTsv {
    /** Row level of a word (1 page, 2 block, 3 paragraph, 4 line). */
    private static final int WORD_LEVEL = 5;
    private static final int COLUMNS = 12;
    /**
     * Below this confidence a "word" of punctuation alone is taken for dust or a stain on the scan ("—", "_", ":"
     * beside the text), not for a mark the author printed; printed punctuation is recognised with more confidence.
     */
    static final double SPECK_CONFIDENCE = 50;

    private TesseractTsv() {
    }

    static OcrResult parse(String tsv) {
        StringBuilder text = new StringBuilder();
        int words = 0;
        double confidenceSum = 0;
        String lastParagraph = null;
        String lastLine = null;
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < COLUMNS || !isInt(f[0]) || Integer.parseInt(f[0]) != WORD_LEVEL) {
                continue; // the header row and the page/block/paragraph/line rows
            }
            String word = f[11].strip();
            double confidence = parseDouble(f[10]);
            if (word.isEmpty() || confidence < 0 || confidence < SPECK_CONFIDENCE && !hasLetterOrDigit(word)) {
                continue;
            }
            String paragraph = f[1] + '/' + f[2] + '/' + f[3];
            String line = paragraph + '/' + f[4];
            if (lastParagraph == null) {
                // first word
            } else if (!paragraph.equals(lastParagraph)) {
                text.append("\n\n");
            } else if (!line.equals(lastLine)) {
                text.append('\n');
            } else {
                text.append(' ');
            }
            text.append(word);
            lastParagraph = paragraph;
            lastLine = line;
            words++;
            confidenceSum += confidence;
        }
        return words == 0 ? OcrResult.EMPTY : new OcrResult(text.toString(), words, confidenceSum / words);
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isInt(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
