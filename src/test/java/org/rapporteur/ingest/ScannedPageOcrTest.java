package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Problem;
import org.rapporteur.testing.ScannedPdfs;
import org.rapporteur.testing.ScannedPdfs.Look;
import org.rapporteur.testing.ScannedPdfs.Page;

/**
 * What OCR does around the engine — which pages go to it, caps, time limits, Cancel, failures, a machine without
 * Tesseract — with shell-script stand-ins for the {@code tesseract} program (the real one is tested in
 * {@link ScannedPdfRecognitionTest}).
 */
@DisabledOnOs(OS.WINDOWS) // the stand-ins are shell scripts
class ScannedPageOcrTest {
    private static final List<String> TYPED = List.of("The commission met in Geneva to review the water treaty.");
    private static final List<String> SCANNED = List.of("A scanned page about river flows and grain trade.");
    /** Scanned at 100 dpi: the stand-ins do not read the image, so a small one keeps the tests fast. */
    private static final Look LOW_RES = new Look("Serif", 0, 12, 0, 0, 100, false);

    @TempDir
    static Path shared;
    private static Path mixed;
    private static Path twoScans;

    @TempDir
    Path dir;

    @BeforeAll
    static void pdfs() throws Exception {
        mixed = shared.resolve("mixed.pdf");
        ScannedPdfs.write(mixed, List.of(Page.text(TYPED), Page.scanned(SCANNED, LOW_RES)));
        twoScans = shared.resolve("two-scans.pdf");
        ScannedPdfs.write(twoScans, List.of(Page.scanned(SCANNED, LOW_RES), Page.scanned(SCANNED, LOW_RES)));
    }

    @Test
    void recognisedTextJoinsThePagesAndTheScannedPageIsMarkedWithItsConfidence() throws Exception {
        Path calls = dir.resolve("calls.txt");
        ExtractedText text = new PdfReader(FakeTesseract.settings(FakeTesseract.oneWord(dir, calls, "Riverflows"), 10,
                Duration.ofSeconds(30))).read(mixed, null, ReadBudget.withoutWatchdog(600_000));

        assertTrue(text.text().startsWith("The commission met in Geneva"), text.text());
        assertTrue(text.text().endsWith("Riverflows"), text.text());
        assertEquals(1, Files.readAllLines(calls).size(), "only the page without a text layer goes to OCR");
        List<PageSpan> pages = text.pages();
        assertEquals(2, pages.size());
        assertFalse(pages.get(0).ocr());
        assertEquals(90.0, pages.get(1).ocrConfidence(), 1e-9);
        assertEquals("Riverflows", text.text().substring(pages.get(1).start(), pages.get(1).end()));
        assertEquals(List.of("OCR text on page 2, mean confidence 90 %"), reasons(text.problems()));
    }

    @Test
    void blankPagesNeverStartTheEngine() throws Exception {
        Path blank = dir.resolve("blank-page.pdf");
        ScannedPdfs.write(blank, List.of(Page.text(TYPED), Page.scanned(List.of(), LOW_RES)));
        Path calls = dir.resolve("calls.txt");
        ExtractedText text = new PdfReader(FakeTesseract.settings(FakeTesseract.oneWord(dir, calls, "x"), 10,
                Duration.ofSeconds(30))).read(blank, null, ReadBudget.withoutWatchdog(600_000));

        assertFalse(Files.exists(calls), "a page without ink is not worth recognising");
        assertEquals(1, text.pages().size());
        assertTrue(text.problems().isEmpty(), text.problems().toString());
    }

    @Test
    void pagesPastTheCapAreNamedAndTheRestIsRead() throws Exception {
        Path three = dir.resolve("three.pdf");
        ScannedPdfs.write(three, List.of(Page.scanned(SCANNED, LOW_RES), Page.scanned(SCANNED, LOW_RES),
                Page.scanned(SCANNED, LOW_RES)));
        Path calls = dir.resolve("calls.txt");
        ExtractedText text = new PdfReader(FakeTesseract.settings(FakeTesseract.oneWord(dir, calls, "Basin", "River", "Grain"), 2,
                Duration.ofSeconds(30))).read(three, null, ReadBudget.withoutWatchdog(600_000));

        assertEquals(2, Files.readAllLines(calls).size());
        assertEquals(List.of(1, 2), text.pages().stream().map(PageSpan::number).toList());
        assertEquals(List.of("OCR text on pages 1–2, mean confidence 90 %",
                "page 3 not read: OCR stops after 2 pages of a file"), reasons(text.problems()));
    }

    @Test
    void ocrStopsAfterItsTimeForTheFileAndNamesThePagesLeft() throws Exception {
        Path three = dir.resolve("three.pdf");
        ScannedPdfs.write(three, List.of(Page.scanned(SCANNED, LOW_RES), Page.scanned(SCANNED, LOW_RES),
                Page.scanned(SCANNED, LOW_RES)));
        Path calls = dir.resolve("calls.txt");
        ExtractedText text = new PdfReader(FakeTesseract.settings(FakeTesseract.oneWord(dir, calls, 90, 1, "Basin"),
                10, Duration.ofSeconds(30), Duration.ofSeconds(1))).read(three, null, ReadBudget.withoutWatchdog(600_000));

        assertEquals(1, Files.readAllLines(calls).size());
        assertEquals(List.of("OCR text on page 1, mean confidence 90 %",
                "pages 2–3 not read: OCR stops after 1 s on a file"), reasons(text.problems()));
    }

    @Test
    void wordsReadWithLowConfidenceAreAPictureAndLeftOut() throws Exception {
        Path calls = dir.resolve("calls.txt");
        ExtractedText text = new PdfReader(FakeTesseract.settings(FakeTesseract.oneWord(dir, calls, 20, 0, "Xq7"), 10,
                Duration.ofSeconds(30))).read(mixed, null, ReadBudget.withoutWatchdog(600_000));

        assertFalse(text.text().contains("Xq7"));
        assertEquals(1, text.pages().size());
        assertEquals(List.of("page 2: no text layer, and OCR read no words it was sure of (mean confidence 20 %)"),
                reasons(text.problems()));
    }

    @Test
    void aPageThatTakesTooLongIsGivenUpAndTheEngineKilled() throws Exception {
        Path pid = dir.resolve("pid");
        long t0 = System.nanoTime();
        ExtractedText text = new PdfReader(FakeTesseract.settings(FakeTesseract.sleeping(dir, pid), 10,
                Duration.ofSeconds(1))).read(mixed, null, ReadBudget.withoutWatchdog(600_000));

        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos());
        assertEquals(List.of("page 2 has no text layer; OCR gave up after 1 s"), reasons(text.problems()));
        assertEquals(1, text.pages().size(), "the typed page is kept");
        assertGone(Long.parseLong(Files.readString(pid).strip()));
    }

    @Test
    void anInterruptedReadKillsTheEngineAtOnceAndKeepsTheInterruptForTheCaller() throws Exception {
        Path pid = dir.resolve("pid");
        PdfReader reader = new PdfReader(FakeTesseract.settings(FakeTesseract.sleeping(dir, pid), 10,
                Duration.ofSeconds(60)));
        AtomicReference<Object> outcome = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread reading = Thread.ofPlatform().name("reading-scan").start(() -> {
            try {
                outcome.set(reader.read(twoScans, null, ReadBudget.withoutWatchdog(600_000)));
            } catch (ReadFailure f) {
                outcome.set(f);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(pid) || Files.readString(pid).isBlank()) {
            assertTrue(System.nanoTime() < deadline, "the engine never started");
            Thread.sleep(20);
        }
        long interruptedAt = System.nanoTime();
        reading.interrupt();
        reading.join(Duration.ofSeconds(10));

        assertFalse(reading.isAlive());
        assertTrue(System.nanoTime() - interruptedAt < Duration.ofSeconds(5).toNanos());
        ReadFailure f = assertInstanceOfFailure(outcome.get());
        assertEquals("stopped while recognising page 1 by OCR", f.reason());
        assertTrue(stillInterrupted.get(), "whoever reports the stop needs to see the interrupt");
        assertGone(Long.parseLong(Files.readString(pid).strip()));
    }

    @Test
    void anEngineErrorIsOneLineInTheAnalystsWordsAndTheFileIsStillRead() throws Exception {
        ExtractedText text = new PdfReader(FakeTesseract.settings(FakeTesseract.failing(dir), 10,
                Duration.ofSeconds(30))).read(mixed, null, ReadBudget.withoutWatchdog(600_000));

        assertEquals(List.of("page 2 has no text layer; OCR stopped with an error on this page"),
                reasons(text.problems()));
        assertFalse(text.problems().toString().contains("pix"), "Tesseract's own words stay in the log");
    }

    @Test
    void withoutTesseractTheScannedPagesAreNamedWithWhatToInstall() throws Exception {
        ExtractedText text = new PdfReader(PageOcr.Settings.withoutOcr()).read(mixed, null, ReadBudget.withoutWatchdog(600_000));
        assertTrue(text.text().startsWith("The commission met"));
        Problem p = text.problems().getFirst();
        assertEquals(1, text.problems().size());
        assertEquals("page 2 has no text layer", p.reason());
        assertEquals("install Tesseract (package tesseract-ocr) to read scanned pages", p.hint());
        assertNull(text.pages().getFirst().ocrConfidence());
    }

    @Test
    void withoutTesseractAFileOfScansFailsSayingWhatToInstall() {
        ReadFailure f = assertThrows(ReadFailure.class,
                () -> new PdfReader(PageOcr.Settings.withoutOcr()).read(twoScans, null, ReadBudget.withoutWatchdog(600_000)));
        assertEquals("none of its 2 pages has a text layer (a scan?)", f.reason());
        assertEquals(PageOcr.INSTALL_HINT, f.hint());
    }

    @Test
    void scansWithoutWordsFailSayingOcrFoundNone() throws Exception {
        Path calls = dir.resolve("calls.txt");
        // the stand-in "recognises" an empty word on every page
        Path script = FakeTesseract.oneWord(dir, calls, "");
        ReadFailure f = assertThrows(ReadFailure.class, () -> new PdfReader(FakeTesseract.settings(script, 10,
                Duration.ofSeconds(30))).read(twoScans, null, ReadBudget.withoutWatchdog(600_000)));
        assertEquals("no readable text: the pages have no text layer and OCR found no words on them", f.reason());
        assertEquals("the pages look blank", f.hint());
        assertEquals(2, Files.readAllLines(calls).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3           | page 3
            1,2,3,4,7   | pages 1–4, 7
            2,4,5,9,10  | pages 2, 4–5, 9–10
            """)
    void pageListsAreShortRanges(String numbers, String expected) {
        List<Integer> list = java.util.Arrays.stream(numbers.split(",")).map(String::strip).map(Integer::valueOf).toList();
        assertEquals(expected, PageOcr.pages(list));
    }

    private static ReadFailure assertInstanceOfFailure(Object o) {
        assertNotNull(o);
        assertTrue(o instanceof ReadFailure, "expected a failure, got " + o);
        return (ReadFailure) o;
    }

    /** destroyForcibly sends SIGKILL; the process may take a moment to disappear. */
    private static void assertGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isEmpty() || !p.get().isAlive()) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "the engine (pid " + pid + ") still runs");
            Thread.sleep(20);
        }
    }

    private static List<String> reasons(List<Problem> problems) {
        return problems.stream().map(Problem::reason).toList();
    }
}
