package org.rapporteur.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.testing.SharedData;

/**
 * Benchmark, not a test: indexes all UN General Debate speeches into a fresh workspace, then times searches with facet
 * counts. Prints a Markdown report (time, peak heap, peak RSS, claims, per-query latency). Run with {@code bin/bench}.
 * Never run it while another heavy process runs: on two cores the figures would be meaningless.
 */
public final class UngdcIndexBenchmark {
    private UngdcIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path ungdc = (args.length > 0 ? Path.of(args[0]) : SharedData.ungdc()).toAbsolutePath().normalize();
        Path workspace = Files.createTempDirectory("rapporteur-bench");
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakRss = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> sample(peakHeap, peakRss), 0, 200, TimeUnit.MILLISECONDS);

        StringBuilder report = new StringBuilder();
        report.append("## UN General Debate corpus: index and search\n\n");
        report.append("- Corpus: `").append(ungdc).append("`\n");
        report.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1 << 20)).append(" MB, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        try (Workspace ws = Workspace.open(workspace)) {
            long t0 = System.nanoTime();
            IndexSummary s = ws.index(List.of(ungdc), (done, total, msg) -> {
                if (done % 1000 == 0) {
                    System.err.printf(Locale.ROOT, "%d/%d%n", done, total);
                }
            }, Cancellation.NEVER);
            double secs = (System.nanoTime() - t0) / 1e9;
            sample(peakHeap, peakRss);
            report.append("- Indexing: ").append(s.line()).append('\n');
            report.append(String.format(Locale.ROOT, "- Wall time: %.1f s (%.0f files/s); failures: %d; warnings: %d%n", secs,
                    s.filesSeen() / secs, s.failures().size(), s.warnings().size()));
            report.append(String.format(Locale.ROOT, "- Peak heap used: %d MB; peak RSS: %d MB%n", peakHeap.get() >> 20,
                    peakRss.get() >> 20));
            report.append(String.format(Locale.ROOT, "- Index size on disk: %d MB%n", size(workspace.resolve("index")) >> 20));

            long t1 = System.nanoTime();
            IndexSummary again = ws.index(List.of(ungdc), (d, t, m) -> { }, Cancellation.NEVER);
            report.append(String.format(Locale.ROOT, "- Re-index with nothing changed: %.1f s (%d unchanged)%n",
                    (System.nanoTime() - t1) / 1e9, again.unchanged()));

            report.append("\n| query | filters | hits | first run ms | warm median ms |\n|---|---|---|---|---|\n");
            List<SearchRequest> queries = List.of(
                    SearchRequest.of("", 20),
                    SearchRequest.of("\"nuclear weapons\"", 20),
                    SearchRequest.of("terrorism AND afghanistan", 20),
                    SearchRequest.of("climat* OR \"sea level\"~3", 20),
                    SearchRequest.of("year:[1990 TO 2000] AND sanctions", 20),
                    SearchRequest.of("refugees", 20).withFilters(Map.of(FacetDimension.SPEAKER_COUNTRY,
                            Set.of("Pakistan", "India"))));
            for (SearchRequest q : queries) {
                long a = System.nanoTime();
                SearchResult r = ws.corpus().search(q);
                long first = (System.nanoTime() - a) / 1_000_000;
                long[] warm = new long[9];
                for (int i = 0; i < warm.length; i++) {
                    long b = System.nanoTime();
                    ws.corpus().search(q);
                    warm[i] = (System.nanoTime() - b) / 1_000_000;
                }
                java.util.Arrays.sort(warm);
                report.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %d | %d |%n", q.query(), q.filters(), r.total(),
                        first, warm[warm.length / 2]));
            }
        } finally {
            sampler.shutdownNow();
            deleteTree(workspace);
        }
        System.out.println(report);
    }

    private static void sample(AtomicLong peakHeap, AtomicLong peakRss) {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getUsage().getUsed();
            }
        }
        peakHeap.accumulateAndGet(heap, Math::max);
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    peakRss.accumulateAndGet(kb * 1024, Math::max);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: RSS stays unknown (0)
        }
    }

    private static long size(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
