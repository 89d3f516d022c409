package org.rapporteur.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.ingest.ocr.TesseractEngine;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.InventedReportText;
import org.rapporteur.testing.ScannedPdfs;
import org.rapporteur.testing.ScannedPdfs.Look;
import org.rapporteur.testing.ScannedPdfs.Page;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/** The reader knows which pages of a report are OCR text, so its margin can mark them. */
class ReaderOcrPagesTest {
    @Test
    void theScannedPageOfAReportCarriesItsOcrConfidence(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(TesseractEngine.onThisMachine().isPresent(), "Tesseract is not installed");
        FxTestSupport.startToolkit();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        ScannedPdfs.write(corpus.resolve("half-scanned.pdf"), List.of(
                Page.text(List.of("Seminar on the Halvard Basin: summary of the first day.")),
                Page.scanned(InventedReportText.paragraphs(new Random(5), 2, 3),
                        new Look(Font.SANS_SERIF, Font.PLAIN, 11, 0, 0, 300, false))));
        BackgroundTasks tasks = new BackgroundTasks();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
            ReportSummary report = ws.corpus().reports().getFirst();
            ReaderViewModel vm = new ReaderViewModel(ws, tasks, r -> { });
            onFx(() -> vm.open(report.id(), "", null));
            waitUntil(30, () -> !vm.loadingProperty().get() && !vm.blocks().isEmpty());

            List<Integer> pages = onFx(() -> vm.blocks().stream().map(ReaderBlock::page)
                    .filter(java.util.Objects::nonNull).toList());
            assertEquals(List.of(1, 2), pages);
            assertNull(onFx(() -> vm.pageOcrConfidence(1)), "page 1 has a text layer");
            Double confidence = onFx(() -> vm.pageOcrConfidence(2));
            assertNotNull(confidence);
            assertTrue(confidence > 50 && confidence <= 100, "confidence " + confidence);
        } finally {
            tasks.shutdown();
        }
    }
}
