package org.rapporteur.applog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Library messages: the first of a kind in full, the rest counted; what varies in a message does not make a kind. */
class RepeatedWarningsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            org.apache.pdfbox.pdmodel.font.PDType1Font | Using fallback font LiberationSans for Helvetica | Using fallback font DejaVuSans for ABCDEF+Calibri-Bold | PDFBox PDType1Font: Using fallback font … for …
            org.apache.pdfbox.pdmodel.font.PDTrueTypeFont | Using fallback font Times New Roman for Georgia | Using fallback font Arial for Rapporteur-Invented-Serif-A | PDFBox PDTrueTypeFont: Using fallback font … for …
            org.apache.pdfbox.pdfparser.COSParser | Object 12 0 not found at 3456 | Object 7 0 not found at 99 | PDFBox COSParser: Object … not found at …
            org.apache.pdfbox.pdmodel.font.PDSimpleFont | No glyph for code 65 (A) in font ABCDEF+Arial | No glyph for code 233 (eacute) in font Verdana | PDFBox PDSimpleFont: No glyph for code … in font …
            org.apache.pdfbox.pdmodel.font.PDSimpleFont | No Unicode mapping for rect (97) in font FType3A | No Unicode mapping for .notdef (32) in font null | PDFBox PDSimpleFont: No … mapping for … in font …
            org.apache.pdfbox.filter.ASCIIHexFilter | Invalid hex, int: 108 char: l | Invalid hex, int: 93 char: ] | PDFBox ASCIIHexFilter: Invalid hex, int: … char: …
            javafx.css | Could not resolve '-color-fg-default' while resolving lookups for '-fx-text-fill' from rule '*.label' in stylesheet jar:file:/a/b.jar!/x.bss | Could not resolve '-color-fg-muted' while resolving lookups for '-fx-fill' from rule '*.source-line' in stylesheet file:/c/workbench.css | JavaFX css: Could not resolve … while resolving lookups for … from rule … in stylesheet …
            org.apache.lucene.internal.vectorization.VectorizationProvider | Java vector incubator module is not readable. For optimal vector performance, pass '--add-modules jdk.incubator.vector' to enable Vector API. | Java vector incubator module is not readable. For optimal vector performance, pass '--add-modules jdk.incubator.vector' to enable Vector API. | Lucene VectorizationProvider: Java vector incubator module is not readable. … optimal vector performance, pass … to enable ….
            """)
    void whatVariesInAMessageIsBlankedSoBothAreOneKind(String logger, String one, String other, String kind) {
        assertEquals(kind, RepeatedWarnings.kindOf(logger, one));
        assertEquals(kind, RepeatedWarnings.kindOf(logger, other));
    }

    @Test
    void aHostileFilesBytesInAMessageDoNotMakeTheLogBinary() {
        List<String> written = new ArrayList<>();
        new RepeatedWarnings(written::add).record("org.apache.pdfbox.filter.ASCIIHexFilter", "ERROR",
                "Invalid hex, int: 26 char: " + (char) 26, null);
        assertTrue(written.getFirst().contains("char: \uFFFD  [first"), written.getFirst());
    }

    @Test
    void differentMessagesOrLoggersAreDifferentKinds() {
        String pdfbox = "org.apache.pdfbox.pdmodel.font.PDType1Font";
        assertNotEquals(RepeatedWarnings.kindOf(pdfbox, "Using fallback font Arial for Georgia"),
                RepeatedWarnings.kindOf(pdfbox, "No Unicode mapping for a in font Georgia"));
        assertNotEquals(RepeatedWarnings.kindOf(pdfbox, "Using fallback font Arial for Georgia"),
                RepeatedWarnings.kindOf("org.apache.pdfbox.pdmodel.font.PDTrueTypeFont",
                        "Using fallback font Arial for Georgia"));
    }

    @Test
    void theFirstOfAKindIsWrittenWithItsTraceAndTheRestCounted() {
        List<String> written = new ArrayList<>();
        RepeatedWarnings repeated = new RepeatedWarnings(written::add);
        String logger = "org.apache.pdfbox.pdmodel.font.PDType1Font";
        for (int i = 0; i < 312; i++) {
            repeated.record(logger, "WARN", "Using fallback font LiberationSans for Font" + i, null);
        }
        repeated.record("org.apache.pdfbox.pdfparser.COSParser", "ERROR", "Object 7 0 not found",
                new java.io.IOException("bad xref"));
        repeated.record("org.apache.pdfbox.pdfparser.COSParser", "ERROR", "Object 8 0 not found", null);

        assertEquals(2, written.size(), written::toString);
        assertTrue(written.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN PDFBox PDType1Font - "
                + "Using fallback font LiberationSans for Font0  \\[first of its kind; repeats are counted]\\R"),
                written.get(0));
        assertTrue(written.get(1).contains("java.io.IOException: bad xref"), "the first has its trace: " + written);

        List<String> counts = repeated.countLines();
        assertEquals(2, counts.size(), counts::toString);
        assertTrue(counts.get(0).matches("PDFBox PDType1Font: Using fallback font … for … — 311 more since "
                + "\\d\\d:\\d\\d:\\d\\d"), counts.get(0));
        assertTrue(counts.get(1).startsWith("PDFBox COSParser: Object … not found — 1 more since "), counts.get(1));
        assertEquals(List.of(), repeated.countLines(), "counts start again after each report");

        repeated.record(logger, "WARN", "Using fallback font LiberationSans for Georgia", null);
        assertEquals(2, written.size(), "a kind stays seen after its count was written");
        repeated.writeCounts("while indexing");
        assertTrue(written.get(2).matches("(?s).* INFO repeated while indexing: PDFBox PDType1Font: Using fallback font "
                + "… for … — 1 more since .*"), written.get(2));

        repeated.forgetSeen(); // what a new log file does: each kind in full once more
        repeated.record(logger, "WARN", "Using fallback font LiberationSans for Georgia", null);
        assertTrue(written.get(3).contains("for Georgia  [first of its kind"), written.get(3));
    }
}
