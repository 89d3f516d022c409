package org.rapporteur.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TesseractTsvTest {
    private static final String HEADER =
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    private static String row(int level, int block, int par, int line, int word, double conf, String text) {
        return level + "\t1\t" + block + "\t" + par + "\t" + line + "\t" + word + "\t0\t0\t10\t10\t" + conf + "\t" + text
                + "\n";
    }

    @Test
    void wordsKeepTheirLinesAndParagraphsAndConfidencesAverage() {
        String tsv = HEADER
                + row(1, 0, 0, 0, 0, -1, "")
                + row(2, 1, 0, 0, 0, -1, "")
                + row(3, 1, 1, 0, 0, -1, "")
                + row(4, 1, 1, 1, 0, -1, "")
                + row(5, 1, 1, 1, 1, 96, "Water")
                + row(5, 1, 1, 1, 2, 90, "sharing")
                + row(4, 1, 1, 2, 0, -1, "")
                + row(5, 1, 1, 2, 1, 84, "matters.")
                + row(3, 1, 2, 0, 0, -1, "")
                + row(5, 1, 2, 1, 1, 70, "Trade")
                + row(2, 2, 0, 0, 0, -1, "")
                + row(5, 2, 1, 1, 1, 80, "too.");
        OcrResult r = TesseractTsv.parse(tsv);
        assertEquals("Water sharing\nmatters.\n\nTrade\n\ntoo.", r.text());
        assertEquals(5, r.words());
        assertEquals((96 + 90 + 84 + 70 + 80) / 5.0, r.meanConfidence(), 1e-9);
    }

    @Test
    void unsureMarksWithoutLettersAreDustButSureOnesAndUnsureWordsStay() {
        String tsv = HEADER
                + row(5, 1, 1, 1, 1, 91, "before")
                + row(5, 1, 1, 1, 2, 0, ".")
                + row(5, 1, 1, 1, 3, 28, "_")
                + row(5, 1, 1, 1, 4, 93, "—")
                + row(5, 1, 1, 1, 5, 31, "city")
                + row(5, 1, 1, 1, 6, 12, "2019");
        OcrResult r = TesseractTsv.parse(tsv);
        assertEquals("before — city 2019", r.text());
        assertEquals(4, r.words());
    }

    @Test
    void noWordsIsEmptyNotAnError() {
        OcrResult r = TesseractTsv.parse(HEADER + row(1, 0, 0, 0, 0, -1, "") + "garbage line\n");
        assertTrue(r.isEmpty());
        assertEquals("", r.text());
    }
}
