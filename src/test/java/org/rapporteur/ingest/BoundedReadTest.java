package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Problem;
import org.rapporteur.testing.HostileFiles;

/** Every format is read within a time and character budget; past it the file is one clear problem line. */
class BoundedReadTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private static Problem onlyError(IngestResult r) {
        assertNull(r.document(), () -> "expected a failure, got a document");
        assertEquals(1, r.problems().size(), r.problems()::toString);
        Problem p = r.problems().getFirst();
        assertEquals(Problem.Severity.ERROR, p.severity());
        return p;
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void pdfDeclaringBillionsOfPagesIsReadByItsRealPages() throws Exception {
        Path f = HostileFiles.pdfDeclaringPages(dir.resolve("count.pdf"), 9_999_999_999L);
        assertTrue(Files.size(f) < 1000, "a tiny file");
        IngestResult r = ingestor.read(f);
        // iterating the page tree finds the one page there is, so the file is read, not stopped
        assertTrue(r.ok(), r.problems()::toString);
        assertTrue(r.document().text().contains("water-sharing plan"), r.document().text());
        assertEquals(1, r.document().pages().size());
        assertEquals(List.of("the PDF declares 9,999,999,999 pages but holds 1; those were read"),
                r.problems().stream().map(Problem::reason).toList());
    }

    @Test
    void aReadPastItsTimeIsStoppedWithTheReasonTheReaderFound() throws Exception {
        Path f = HostileFiles.pdfDeclaringPages(dir.resolve("count.pdf"), 9_999_999_999L);
        try (ReadBudget budget = ReadBudget.expiredWithoutWatchdog()) {
            ReadFailure stop = assertThrows(ReadFailure.class, () -> new PdfReader().read(f, null, budget));
            assertEquals("stopped after 0 s: the PDF declares 9,999,999,999 pages", stop.reason());
            assertTrue(stop.isStop());
        }
    }

    @Test
    void aReadInterruptedByTheWatchdogIsStoppedAndTheThreadCarriesOn() throws Exception {
        Path f = HostileFiles.simplePdf(dir.resolve("slow.pdf"), 50, "river basins");
        try (ReadBudget budget = ReadBudget.start(0, ReadBudget.MAX_CHARS)) {
            long until = System.nanoTime() + 50_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // the watchdog fires at once; a sleep would be interrupted
            }
            ReadFailure stop = assertThrows(ReadFailure.class, () -> new PdfReader().read(f, null, budget));
            assertEquals("stopped after 0 s: the file took too long to read", stop.reason());
        }
        assertFalse(Thread.currentThread().isInterrupted(), "closing the budget clears the watchdog's interrupt");
    }

    @Test
    void theWatchdogInterruptsABlockedReadAndTheThreadCarriesOn() throws Exception {
        try (ReadBudget budget = ReadBudget.start(100, ReadBudget.MAX_CHARS)) {
            assertThrows(InterruptedException.class, () -> Thread.sleep(10_000));
            assertTrue(budget.expired());
            assertThrows(ReadFailure.class, budget::checkTime);
        }
        assertFalse(Thread.currentThread().isInterrupted());
        Thread.sleep(1); // would throw if the flag were still set
    }

    @Test
    void aBudgetClosedInTimeNeverInterruptsTheThreadLater() throws Exception {
        try (ReadBudget budget = ReadBudget.start(200, ReadBudget.MAX_CHARS)) {
            budget.checkTime();
        }
        Thread.sleep(400);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void timeBudgetGrowsWithSizeUpToAMinute() {
        assertEquals(10_000, ReadBudget.millisFor(1000));
        assertEquals(20_000, ReadBudget.millisFor(10L << 20));
        assertEquals(60_000, ReadBudget.millisFor(900L << 20));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void docxThatInflatesWithinTheRatioChecksStopsAtTheCharacterCap() throws Exception {
        // 8 MB of XML, 7 million characters of text: more than the cap; the benchmark has one of 600 MB
        Path f = HostileFiles.inflatingDocx(dir.resolve("inflating.docx"), 8L << 20);
        long packed = Files.size(f);
        assertTrue(packed * 5 < (8L << 20) && packed * 20 > (8L << 20), "inflates 5-20 fold: " + packed);
        Problem p = onlyError(ingestor.read(f));
        assertEquals("stopped: more than 2 million characters of text", p.reason());
        assertFalse(p.hint().contains("ZipSecure"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void zipBombDocxIsNamedAsOne() throws Exception {
        Path f = HostileFiles.zipBombDocx(dir.resolve("bomb.docx"), 32L << 20);
        Problem p = onlyError(ingestor.read(f));
        assertEquals("the file expands more than 100-fold when unpacked; it may be a zip bomb", p.reason());
        assertAnalystWords(p);
    }

    @Test
    void billionLaughsDocxIsNamedAsMalformed() throws Exception {
        Problem p = onlyError(ingestor.read(HostileFiles.billionLaughsDocx(dir.resolve("lol.docx"))));
        assertTrue(p.reason().startsWith("the DOCX file is malformed: it defines nested entities"), p.reason());
        assertAnalystWords(p);
    }

    @Test
    void externalEntityDocxIsNamedAsMalformed() throws Exception {
        Problem p = onlyError(ingestor.read(HostileFiles.externalEntityDocx(dir.resolve("xxe.docx"))));
        assertTrue(p.reason().startsWith("the DOCX file is malformed: it defines entities that fetch other files"),
                p.reason());
        assertAnalystWords(p);
    }

    @Test
    void ordinaryDocxStillReads() throws Exception {
        IngestResult r = ingestor.read(HostileFiles.docx(dir.resolve("ok.docx"),
                List.of("Minutes of the panel.", "The delegates agreed.")));
        assertTrue(r.ok(), r.problems()::toString);
        assertEquals("Minutes of the panel.\n\nThe delegates agreed.", r.document().text());
    }

    @Test
    void textOfAnyFormatIsCappedLikeTextFiles() throws Exception {
        // 5 million characters in a 5 MB text file: within the byte limit, over the character cap
        Path f = dir.resolve("long.txt");
        byte[] b = "The panel met again. ".repeat(5_000_000 / 21 + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(f, b);
        Problem p = onlyError(ingestor.read(f));
        assertEquals("stopped: more than 2 million characters of text", p.reason());
    }

    @Test
    void pagesOfAPdfAreReadInOnePassWithTheirNumbers() throws Exception {
        Path f = HostileFiles.simplePdf(dir.resolve("three.pdf"), 3, "river basins");
        IngestResult r = ingestor.read(f);
        assertTrue(r.ok(), r.problems()::toString);
        assertEquals(3, r.document().pages().size());
        assertNotNull(r.document().pages().get(2));
        assertTrue(r.document().text().contains("Session 3 on river basins"), r.document().text());
    }

    @Test
    void pdfWhosePagesHaveNoContentHasNoReadableTextRatherThanNoPages() throws Exception {
        Path f = dir.resolve("blank.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(f.toFile());
        }
        assertEquals("no readable text", onlyError(ingestor.read(f)).reason());
    }

    private static void assertAnalystWords(Problem p) {
        String line = p.line();
        for (String library : List.of("ZipSecureFile", "setMinInflateRatio", "Exception", "org.apache", "POI",
                "javax.", "http://apache.org")) {
            assertFalse(line.contains(library), () -> "library words in: " + line);
        }
    }
}
