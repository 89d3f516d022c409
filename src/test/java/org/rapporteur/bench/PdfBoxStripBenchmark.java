package org.rapporteur.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The reference for PDF ingest speed (issue 13): PDFBox's own {@code PDFTextStripper} over every PDF of a folder,
 * nothing else, in N threads taking files in path order; run it in a fresh JVM for the "cold" figure. Prints one line:
 * files, pages, characters, seconds, pages/s, processor seconds, peak RSS, load average.
 * Usage: {@code java -cp target/test-classes:target/classes:target/lib/* org.rapporteur.bench.PdfBoxStripBenchmark DIR [THREADS]}.
 */
public final class PdfBoxStripBenchmark {
    private PdfBoxStripBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/perfdata/x");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Path> files = PdfFolder.pdfs(dir);
        double load = PdfFolder.load();
        AtomicInteger next = new AtomicInteger();
        AtomicLong pages = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        double cpu0 = PdfFolder.cpuSeconds();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try (PDDocument doc = Loader.loadPDF(files.get(i).toFile())) {
                        String text = new PDFTextStripper().getText(doc);
                        pages.addAndGet(doc.getNumberOfPages());
                        chars.addAndGet(text.length());
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = PdfFolder.cpuSeconds() - cpu0;
        System.out.printf(Locale.ROOT, "pdfbox-strip threads=%d files=%d failed=%d pages=%d chars=%d seconds=%.1f "
                        + "pages/s=%.1f cpu-s=%.1f cpu-pages/s=%.1f peak-rss-mb=%d load-at-start=%.2f%n", threads,
                files.size(), failed.get(), pages.get(), chars.get(), secs, pages.get() / secs, cpu, pages.get() / cpu,
                PdfFolder.peakRssMb(), load);
    }
}
