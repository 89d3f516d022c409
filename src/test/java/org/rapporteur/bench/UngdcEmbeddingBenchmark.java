package org.rapporteur.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MeaningState;
import org.rapporteur.pipeline.EmbeddingRun;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.testing.SharedData;

/**
 * Benchmark, not a test: embeds every claim of a UN General Debate workspace the way the workbench does after
 * indexing ({@code MeaningIndex.embedMissing}) and prints a Markdown report: claims/s, total minutes, claims embedded by
 * their leading window, vector index size, peak heap and RSS, the time projected for the whole corpus (869,124 claims),
 * and the latency of related claims afterwards. Run with {@code bin/bench embed [options] [path/to/ungdc]}:
 *
 * <ul>
 *   <li>{@code --workspace DIR}: an existing workspace (the UN one); indexed first when it has no claims;</li>
 *   <li>{@code --limit N}: a workspace of the first speeches (in path order) holding about N claims, to check the
 *       benchmark itself; without it, every speech;</li>
 *   <li>{@code --fresh}: delete the workspace's vectors first, so every claim is embedded;</li>
 *   <li>{@code --compare-formats}: then compare the vector formats on those vectors ({@link VectorFormatComparison}).</li>
 * </ul>
 * Never run it beside another heavy process: on two cores the figures would mean nothing.
 */
public final class UngdcEmbeddingBenchmark {
    /** Claims of the whole UN corpus as indexed (docs/benchmarks.md), for the projection. */
    static final long UN_CLAIMS = 869_124;
    /** Claims per speech on average (869,124 / 10,952), to pick the speeches of a limited run. */
    private static final double CLAIMS_PER_SPEECH = 79.4;

    private UngdcEmbeddingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path ungdc = SharedData.ungdc();
        Path workspace = null;
        long limit = 0;
        boolean fresh = false;
        boolean compare = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workspace" -> workspace = Path.of(args[++i]);
                case "--limit" -> limit = Long.parseLong(args[++i]);
                case "--fresh" -> fresh = true;
                case "--compare-formats" -> compare = true;
                default -> ungdc = Path.of(args[i]);
            }
        }
        ungdc = ungdc.toAbsolutePath().normalize();
        boolean temporary = workspace == null;
        if (temporary) {
            workspace = Files.createTempDirectory("rapporteur-embed-bench");
        }
        Path subset = limit > 0 ? subset(ungdc, limit) : null;
        if (fresh) {
            deleteTree(workspace.resolve("vectors"));
        }

        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakRss = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-memory-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> BenchMemory.sample(peakHeap, peakRss), 0, 200, TimeUnit.MILLISECONDS);

        StringBuilder report = new StringBuilder("## Embedding the claims of the UN General Debate corpus\n\n");
        report.append("- Corpus: `").append(subset != null ? ungdc + "` (first speeches, about " + limit + " claims)"
                : ungdc + "`").append('\n');
        report.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        try (Workspace ws = Workspace.open(workspace)) {
            if (ws.corpus().claimCount() == 0) {
                long t0 = System.nanoTime();
                IndexSummary s = ws.index(List.of(subset != null ? subset : ungdc), (d, t, m) -> { },
                        Cancellation.NEVER);
                report.append(String.format(Locale.ROOT, "- Text index first: %s (%.1f s)%n", s.line(),
                        (System.nanoTime() - t0) / 1e9));
            }
            MeaningState before = ws.meaning().state();
            report.append(String.format(Locale.ROOT, "- Model: %s; claims %,d, with vectors before the run %,d%n",
                    before.modelId(), before.claims(), before.embedded()));
            peakHeap.set(0);
            long cpu0 = BenchMemory.processCpuNanos();
            long t0 = System.nanoTime();
            long[] lastShown = {System.nanoTime()};
            ws.meaning().embedMissing((done, total, msg) -> {
                if (System.nanoTime() - lastShown[0] > TimeUnit.SECONDS.toNanos(10)) {
                    lastShown[0] = System.nanoTime();
                    System.err.println(msg);
                }
            }, Cancellation.NEVER);
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (BenchMemory.processCpuNanos() - cpu0) / 1e9;
            BenchMemory.sample(peakHeap, peakRss);
            EmbeddingRun run = ws.meaning().lastRun();
            double rate = run.embedded() / secs;
            report.append(String.format(Locale.ROOT, "- Embedded: %,d claims in %.1f s (%.1f min): **%.1f claims/s**;"
                    + " process CPU %.0f s (%.2f cores busy)%n", run.embedded(), secs, secs / 60, rate, cpu,
                    cpu / secs));
            report.append(String.format(Locale.ROOT, "- Longer than the model reads (embedded by their leading "
                    + "window): %,d claims (%.2f %%)%n", run.truncated(),
                    run.embedded() == 0 ? 0 : 100.0 * run.truncated() / run.embedded()));
            report.append(String.format(Locale.ROOT, "- Vector index: %.1f MB on disk (%,d vectors; %.0f bytes a "
                    + "claim)%n", size(workspace.resolve("vectors")) / 1e6, ws.meaning().state().embedded(),
                    (double) size(workspace.resolve("vectors")) / Math.max(1, ws.meaning().state().embedded())));
            report.append(String.format(Locale.ROOT, "- Peak heap used during the run: %d MB; peak RSS of the "
                    + "process: %d MB%n", peakHeap.get() >> 20, peakRss.get() >> 20));
            if (rate > 0) {
                report.append(String.format(Locale.ROOT, "- Projected for all %,d UN claims at this rate: **%.1f "
                        + "min** (target ≤ 20 min)%n", UN_CLAIMS, UN_CLAIMS / rate / 60));
            }
            relatedLatency(ws, report);
            if (compare) {
                report.append('\n').append(VectorFormatComparison.compare(workspace, 200));
            }
        } finally {
            sampler.shutdownNow();
            if (temporary) {
                deleteTree(workspace);
            }
            if (subset != null) {
                deleteTree(subset);
            }
        }
        System.out.println(report);
    }

    /** Related claims by meaning for 100 claims spread over the workspace: p50 and p99 in ms. */
    private static void relatedLatency(Workspace ws, StringBuilder report) {
        List<String> ids = new ArrayList<>();
        long n = ws.corpus().claimCount();
        long step = Math.max(1, n / 100);
        long[] i = {0};
        ws.corpus().forEachClaimUnordered("", (ClaimRecord r) -> {
            if (i[0]++ % step == 0 && ids.size() < 100) {
                ids.add(r.claim().id());
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        ws.meaning().related(ids.getFirst(), 10); // loads what the first call loads
        long[] ms = new long[ids.size()];
        int k = 0;
        for (String id : ids) {
            long t = System.nanoTime();
            List<ClaimHit> hits = ws.meaning().related(id, 10);
            ms[k++] = (System.nanoTime() - t) / 1_000;
            if (hits.isEmpty()) {
                report.append("- Related: no claims for ").append(id).append('\n');
            }
        }
        Arrays.sort(ms);
        report.append(String.format(Locale.ROOT, "- Related claims by meaning (10, other reports), %d claims: p50 %.1f "
                + "ms, p99 %.1f ms%n", ms.length, ms[ms.length / 2] / 1000.0,
                ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)] / 1000.0));
    }

    /**
     * A temporary corpus of the first speeches in path order, about {@code claims} claims' worth, as links to the
     * files (nothing copied), with the speaker table beside them as in the real folder.
     */
    private static Path subset(Path ungdc, long claims) throws IOException {
        long speeches = Math.max(1, Math.round(claims / CLAIMS_PER_SPEECH));
        Path root = Files.createTempDirectory("rapporteur-ungdc-subset");
        try (Stream<Path> top = Files.list(ungdc)) {
            for (Path p : top.filter(Files::isRegularFile).toList()) {
                Files.createSymbolicLink(root.resolve(p.getFileName().toString()), p);
            }
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(ungdc.resolve("speeches"))) {
            files = all.filter(Files::isRegularFile).sorted().limit(speeches).toList();
        }
        for (Path f : files) {
            Path link = root.resolve(ungdc.relativize(f).toString());
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, f);
        }
        return root;
    }

    static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
