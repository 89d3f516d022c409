package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.HostileFiles;

/** PDFBox's warnings are counted by kind, not printed where the terminal's progress line is. */
class LibraryWarningsTest {
    @TempDir
    Path dir;

    @Test
    void pdfLibraryWarningsAreCountedByKindAndNotPrinted() throws Exception {
        // Helvetica is not embedded: PDFBox warns about the substitute font on every read
        Path f = HostileFiles.simplePdf(dir.resolve("plain.pdf"), 1, "river basins");
        Path truncated = HostileFiles.truncatedPdf(dir.resolve("cut.pdf"), 0.7);
        LibraryWarnings.drainSummary();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        List<String> summary;
        try {
            Ingestor ingestor = new Ingestor();
            for (int i = 0; i < 3; i++) {
                assertTrue(ingestor.read(f).ok());
                ingestor.read(truncated);
            }
            summary = LibraryWarnings.drainSummary();
        } finally {
            System.setErr(err);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("WARN"), printed);
        assertFalse(printed.contains("\tat org.apache"), "no stack traces: " + printed);
        assertTrue(summary.stream().anyMatch(l -> l.matches("[3-9] × PDFBox PDType1Font: Using fallback font .*")),
                summary::toString);
        assertTrue(LibraryWarnings.drainSummary().isEmpty(), "drained");
    }

    @Test
    void kindsBlankNumbersSoOneKindIsCountedOnce() {
        String a = LibraryWarnings.kindOf("org.apache.pdfbox.pdfparser.COSParser", "Object 12 0 not found at 3456");
        String b = LibraryWarnings.kindOf("org.apache.pdfbox.pdfparser.COSParser", "Object 7 0 not found at 99");
        assertTrue(a.equals(b) && a.equals("PDFBox COSParser: Object # # not found at #"), a);
    }
}
