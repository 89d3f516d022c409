package org.rapporteur.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;

/**
 * Benchmark, not a test: PDF ingest with everything included (read → structure → enrich → index) of a folder into a
 * fresh temporary workspace through {@link Workspace#index}, as {@code rapporteur index} does, with the indexer's
 * usual workers (one per processor). Prints one line to compare with {@link PdfBoxStripBenchmark} and
 * {@code pdftotext} run the same way: pages, seconds, pages/s, processor seconds, peak heap and peak RSS. The pages
 * are counted after the timed run, so the count does not warm the JVM. Run it in a fresh JVM ({@code bin/bench-pdf}).
 */
public final class PdfIngestBenchmark {
    private PdfIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/perfdata/x").toAbsolutePath().normalize();
        Path workspace = Files.createTempDirectory("rapporteur-pdf-bench");
        double load = PdfFolder.load();
        AtomicLong peakHeap = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peakHeap.accumulateAndGet(heapUsed(), Math::max), 0, 100,
                TimeUnit.MILLISECONDS);
        IndexSummary s;
        double secs;
        double cpu;
        long rss;
        try (Workspace ws = Workspace.open(workspace)) {
            double cpu0 = PdfFolder.cpuSeconds();
            long t0 = System.nanoTime();
            s = ws.index(List.of(dir), (done, total, name) -> { }, Cancellation.NEVER);
            secs = (System.nanoTime() - t0) / 1e9;
            cpu = PdfFolder.cpuSeconds() - cpu0;
            rss = PdfFolder.peakRssMb();
        } finally {
            sampler.shutdownNow();
            deleteTree(workspace);
        }
        long pages = 0;
        for (Path pdf : PdfFolder.pdfs(dir)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pages += doc.getNumberOfPages();
            } catch (IOException e) {
                // a file PDFBox cannot open has no pages to count; the summary lists it as failed
            }
        }
        System.out.printf(Locale.ROOT, "rapporteur-ingest workers=%d files=%d reports=%d claims=%d failed=%d "
                        + "pages=%d seconds=%.1f pages/s=%.1f cpu-s=%.1f cpu-pages/s=%.1f peak-heap-mb=%d "
                        + "peak-rss-mb=%d load-at-start=%.2f%n", Runtime.getRuntime().availableProcessors(),
                s.filesSeen(), s.indexed(), s.claims(), s.failures().size(), pages, secs, pages / secs, cpu,
                pages / cpu, peakHeap.get() >> 20, rss, load);
        s.failures().forEach(p -> System.err.println("failed: " + p.path() + ": " + p.reason()));
    }

    private static long heapUsed() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getUsage().getUsed();
            }
        }
        return heap;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
