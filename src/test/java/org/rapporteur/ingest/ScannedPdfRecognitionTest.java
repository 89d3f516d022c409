package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.ingest.ocr.TesseractEngine;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Problem;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.InventedReportText;
import org.rapporteur.testing.ScannedPdfs;
import org.rapporteur.testing.ScannedPdfs.Look;
import org.rapporteur.testing.ScannedPdfs.Page;
import org.rapporteur.testing.WordAccuracy;

/**
 * Scanned pages read by the real Tesseract: a typed page and a scanned one (serif, a little skewed, dusty, JPEG) in one
 * PDF. Skipped where Tesseract is not installed (CI installs it). The accuracy over many fonts and sizes is measured
 * by {@code OcrAccuracyEvaluation}.
 */
class ScannedPdfRecognitionTest {
    private static final List<String> TYPED = List.of("Seminar on the Halvard Basin: summary of the first day.");
    private static final List<String> SCANNED = InventedReportText.paragraphs(new Random(12), 3, 3);
    private static final Pattern OCR_LINE = Pattern.compile("OCR text on page 2, mean confidence (\\d+) %");

    @TempDir
    static Path dir;
    private static Path corpus;
    private static Path pdf;

    @BeforeAll
    static void scannedReport() throws Exception {
        Assumptions.assumeTrue(TesseractEngine.onThisMachine().isPresent(),
                "Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)");
        corpus = Files.createDirectories(dir.resolve("corpus"));
        pdf = corpus.resolve("scanned-seminar.pdf");
        ScannedPdfs.write(pdf, List.of(Page.text(TYPED),
                Page.scanned(SCANNED, new Look(Font.SERIF, Font.PLAIN, 11, 0.4, 0.0002, 300, true))));
    }

    @Test
    void theScannedPageIsReadAndMarkedAsOcrWithItsConfidence() {
        IngestResult read = new Ingestor().read(pdf);
        assertTrue(read.ok(), read.problems().toString());
        SourceDocument doc = read.document();
        assertEquals(2, doc.pages().size());
        assertFalse(doc.pages().get(0).ocr(), "the typed page has a text layer");
        PageSpan scanned = doc.pages().get(1);
        assertTrue(scanned.ocr());
        String recognised = doc.text().substring(scanned.start(), scanned.end());
        double accuracy = WordAccuracy.oneMinusWer(String.join("\n\n", SCANNED), recognised);
        assertTrue(accuracy >= 0.9, "words right: " + accuracy + "\n" + recognised);

        Matcher m = OCR_LINE.matcher(doc.problems().stream().map(Problem::reason)
                .filter(r -> r.startsWith("OCR")).findFirst().orElse(""));
        assertTrue(m.matches(), doc.problems().toString());
        assertEquals(Math.round(scanned.ocrConfidence()), Long.parseLong(m.group(1)));
        assertTrue(scanned.ocrConfidence() > 50 && scanned.ocrConfidence() <= 100, scanned.toString());
    }

    @Test
    void ocrTextIsSearchableAndTheReportSaysItIsOcr(@TempDir Path workspace) {
        try (Workspace ws = Workspace.open(workspace)) {
            IndexSummary summary = ws.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(1, summary.indexed(), summary.line());

            // every longer word of the scanned page, searched alone: nearly all must find the report
            List<String> words = WordAccuracy.words(String.join(" ", SCANNED)).stream()
                    .filter(w -> w.length() >= 7 && w.chars().allMatch(Character::isLetter)).distinct().toList();
            long found = words.stream().filter(w -> ws.corpus().search(SearchRequest.of(w, 5)).total() > 0).count();
            assertTrue(found >= 0.9 * words.size(), found + " of " + words.size() + " words found");

            ReportSummary report = ws.corpus().reports().getFirst();
            assertTrue(report.problems().stream().anyMatch(p -> OCR_LINE.matcher(p).matches()), report.problems().toString());

            // the reader reads the file again and must get the very text that was indexed (anchors count offsets in it)
            Report reopened = ws.openReport(report.id()).orElseThrow();
            assertEquals(ws.corpus().reportText(report.id()).orElseThrow(), reopened.source().text());
        }
    }
}
