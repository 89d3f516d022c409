package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reference for PDF ingest: raw PDFBox text stripping, nothing else. Each PDF is loaded and its whole text taken by a
 * plain {@code PDFTextStripper}, by two threads pulling files from one queue. The first pass runs in a fresh JVM
 * ("cold": class loading and JIT included, as for a user's first ingest); the second pass, in the same JVM, is "warm".
 *
 * <p>Usage: {@code PdfBoxStripping FILE_LIST [THREADS] [PASSES]} (FILE_LIST: one PDF path a line). Prints per pass
 * {@code passN.seconds=}, {@code passN.pages=}, {@code passN.chars=}, {@code passN.failed=}.
 */
public final class PdfBoxStripping {
    private PdfBoxStripping() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(Path::of)
                .toList();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        for (int pass = 1; pass <= passes; pass++) {
            ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
            AtomicLong pages = new AtomicLong();
            AtomicLong chars = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            long t0 = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(Thread.ofPlatform().name("pdfbox-" + i).start(() -> {
                    for (Path f; (f = queue.poll()) != null; ) {
                        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                            String text = new PDFTextStripper().getText(doc);
                            pages.addAndGet(doc.getNumberOfPages());
                            chars.addAndGet(text.length());
                        } catch (IOException | RuntimeException e) {
                            failed.incrementAndGet();
                            System.err.println("failed: " + f + ": " + e);
                        }
                    }
                }));
            }
            for (Thread w : workers) {
                w.join();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "pass%d.seconds=%.3f%n", pass, secs);
            System.out.println("pass" + pass + ".pages=" + pages.get());
            System.out.println("pass" + pass + ".chars=" + chars.get());
            System.out.println("pass" + pass + ".failed=" + failed.get());
        }
    }
}
