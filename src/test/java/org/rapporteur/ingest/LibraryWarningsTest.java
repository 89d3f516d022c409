package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.applog.RepeatedWarnings;
import org.rapporteur.testing.HostileFiles;

/** PDFBox's warnings reach the log's counter of repeated warnings by kind (CountingLogFactory), not the console. */
class LibraryWarningsTest {
    @TempDir
    Path dir;

    @Test
    void pdfLibraryWarningsAreCountedByKind() throws Exception {
        // Helvetica is not embedded: PDFBox warns about the substitute font on every read
        Path f = HostileFiles.simplePdf(dir.resolve("plain.pdf"), 1, "river basins");
        Ingestor ingestor = new Ingestor();
        assertTrue(ingestor.read(f).ok()); // the first of the kind, if no test before met it
        RepeatedWarnings.shared().countLines(); // counts start from zero
        for (int i = 0; i < 3; i++) {
            assertTrue(ingestor.read(f).ok());
        }
        List<String> counts = RepeatedWarnings.shared().countLines();
        assertTrue(counts.stream().anyMatch(l -> l.matches(
                "PDFBox PDType1Font: Using fallback font … for … — 3 more since \\d\\d:\\d\\d:\\d\\d")), counts::toString);
        assertEquals(List.of(), RepeatedWarnings.shared().countLines(), "counted afresh after each report");
    }
}
