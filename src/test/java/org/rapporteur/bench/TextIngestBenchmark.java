package org.rapporteur.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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

import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.testing.SharedData;

/**
 * Benchmark, not a test: text ingest throughput. Indexes a folder of plain-text reports (the UN speeches with their
 * {@code speakers.csv}, or any subset of them) into a fresh workspace, as {@code rapporteur index} does, and prints
 * one line: files, claims, wall seconds, process CPU seconds (user + system of the whole JVM, the figure to compare
 * on a loaded machine), MB/s, peak heap and peak RSS. Compare with {@link PlainLuceneParagraphBenchmark} over the same
 * folder, run back to back.
 *
 * <pre>java -Xmx4g -cp target/test-classes:target/rapporteur.jar:target/lib/* org.rapporteur.bench.TextIngestBenchmark
 *     ../shared/ungdc [workspace-dir-to-keep]</pre>
 */
public final class TextIngestBenchmark {
    private TextIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = (args.length > 0 ? Path.of(args[0]) : SharedData.ungdc()).toAbsolutePath().normalize();
        boolean keep = args.length > 1;
        Path workspace = keep ? Path.of(args[1]) : Files.createTempDirectory("rapporteur-text-bench");
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakRss = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> BenchMemory.sample(peakHeap, peakRss), 0, 100, TimeUnit.MILLISECONDS);
        long bytes = BenchMemory.bytesOfTextFiles(corpus);
        try (Workspace ws = Workspace.open(workspace)) {
            long cpu0 = BenchMemory.processCpuNanos();
            long t0 = System.nanoTime();
            IndexSummary s = ws.index(List.of(corpus), (done, total, msg) -> { }, Cancellation.NEVER);
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (BenchMemory.processCpuNanos() - cpu0) / 1e9;
            BenchMemory.sample(peakHeap, peakRss);
            System.out.printf(Locale.ROOT, "rapporteur: %d files, %d reports, %d claims, %d failed; wall %.1f s, cpu %.1f s, "
                            + "%.2f MB/s; peak heap %d MB, peak RSS %d MB; load at end %s%n",
                    s.filesSeen(), s.indexed(), s.claims(), s.failures().size(), secs, cpu, bytes / 1e6 / secs,
                    peakHeap.get() >> 20, peakRss.get() >> 20, BenchMemory.loadAverage());
        } finally {
            sampler.shutdownNow();
            if (!keep) {
                deleteTree(workspace);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
