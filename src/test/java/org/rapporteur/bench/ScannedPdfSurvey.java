package org.rapporteur.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.rapporteur.ingest.IngestResult;
import org.rapporteur.ingest.Ingestor;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Problem;
import org.rapporteur.testing.SharedData;

/**
 * Finds the PDFs of a folder that have pages without a text layer, and reads those through the {@link Ingestor}
 * with OCR: how many become reports, how many pages OCR read, at what confidence and in what time. Files declaring
 * absurd page counts are left to the per-file budget (issue 12, part 1) and counted apart. Prints a Markdown table.
 * Usage: {@code java -cp target/test-classes:target/classes:target/lib/* org.rapporteur.bench.ScannedPdfSurvey DIR}.
 */
public final class ScannedPdfSurvey {
    /** More declared pages than this is a pathological file, not a scan; the bounds work stops those. */
    private static final int MAX_PAGES = 2000;
    private static final int TIMEOUT_SECONDS = 120;

    private record Layer(int pages, List<Integer> withoutText) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = (args.length > 0 ? Path.of(args[0]) : SharedData.robustnessPdfs());
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        List<Path> scanned = new ArrayList<>();
        int unreadable = 0;
        int huge = 0;
        for (Path pdf : pdfs) {
            Layer layer = textLayer(pdf);
            if (layer == null) {
                unreadable++;
            } else if (layer.pages() > MAX_PAGES) {
                huge++;
            } else if (!layer.withoutText().isEmpty()) {
                scanned.add(pdf);
            }
        }
        System.out.printf(Locale.ROOT, "%d PDFs; %d with pages without a text layer; %d not loadable or stuck "
                + "in the text-layer check; %d declaring more than %d pages%n%n", pdfs.size(), scanned.size(),
                unreadable, huge, MAX_PAGES);
        System.out.println("| file | size | outcome | OCR pages | confidence | time |");
        System.out.println("|---|---|---|---|---|---|");
        Ingestor ingestor = new Ingestor();
        int reports = 0;
        int withOcr = 0;
        double seconds = 0;
        for (Path pdf : scanned) {
            long t0 = System.nanoTime();
            FutureTask<IngestResult> f = onOwnThread(() -> ingestor.read(pdf));
            String outcome;
            String ocrPages = "";
            String confidence = "";
            try {
                IngestResult r = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (r.ok()) {
                    reports++;
                    List<PageSpan> ocr = r.document().pages().stream().filter(PageSpan::ocr).toList();
                    if (!ocr.isEmpty()) {
                        withOcr++;
                        ocrPages = Integer.toString(ocr.size());
                        confidence = String.format(Locale.ROOT, "%.0f",
                                ocr.stream().mapToDouble(PageSpan::ocrConfidence).average().orElse(0));
                    }
                    outcome = "report, " + r.document().text().length() + " chars"
                            + r.problems().stream().map(Problem::reason).filter(p -> !p.startsWith("OCR text"))
                            .map(p -> "; " + p).reduce("", String::concat);
                } else {
                    outcome = "problem: " + r.problems().getFirst().reason();
                }
            } catch (TimeoutException e) {
                f.cancel(true);
                outcome = "over " + TIMEOUT_SECONDS + " s";
            }
            double s = (System.nanoTime() - t0) / 1e9;
            seconds += s;
            System.out.printf(Locale.ROOT, "| %s | %d KB | %s | %s | %s | %.1f s |%n", pdf.getFileName(),
                    Files.size(pdf) / 1024, outcome.replace('|', '/'), ocrPages, confidence, s);
        }
        System.out.printf(Locale.ROOT, "%n%d of %d became reports (%d with OCR text); %.1f s in all%n", reports,
                scanned.size(), withOcr, seconds);
        System.exit(0); // a stuck check may still hold the daemon thread
    }

    /** Which pages' text layer is empty, read with a time limit (malformed files may loop). */
    private static Layer textLayer(Path pdf) {
        FutureTask<Layer> f = onOwnThread(() -> {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
                int n = doc.getNumberOfPages();
                if (n > MAX_PAGES) {
                    return new Layer(n, List.of());
                }
                PDFTextStripper stripper = new PDFTextStripper();
                List<Integer> without = new ArrayList<>();
                int p = 0;
                for (var page : doc.getPages()) {
                    p++;
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    try {
                        if (stripper.getText(doc).isBlank()) {
                            without.add(p);
                        }
                    } catch (Exception | StackOverflowError e) {
                        // unreadable page: not a scan as far as we can tell
                    }
                }
                return new Layer(n, without);
            } catch (Exception e) {
                return null;
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            f.cancel(true);
            return null;
        }
    }

    /** A daemon thread per task: a file stuck in a library loop must not hold up the next one. */
    private static <T> FutureTask<T> onOwnThread(Callable<T> task) {
        FutureTask<T> f = new FutureTask<>(task);
        Thread t = new Thread(f, "survey");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private ScannedPdfSurvey() {
    }

}
