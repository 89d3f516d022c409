package org.rapporteur.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.embed.Embedders;
import org.rapporteur.embed.Embedding;
import org.rapporteur.embed.EmbeddingModel;
import org.rapporteur.embed.OnnxSentenceEmbedder;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark, not a test: sentence-embedding throughput (claims per second) of both packaged models (ADR 0031), on the
 * claims of the five samples and the dev corpus and on a fixed subset of UN General Debate speeches (at most
 * {@code -Drapporteur.bench.unClaims=N} claims, default 20,000), indexed into temporary workspaces at run time.
 *
 * <ol>
 *   <li>The grid: each model × ONNX threads {1, 2} × batch {1, 8, 32} on the same fixed sample of
 *   {@code -Drapporteur.bench.gridClaims} claims (default 1,000, drawn from both sets), after a warm-up; wall
 *   claims/s and process CPU seconds per 1,000 claims (the figure to compare on a loaded machine). For batches above
 *   one, how far the batched vectors are from the one-by-one vectors (the quantised activations' per-batch scale).</li>
 *   <li>The full run: each model as the program runs it (one text per run, 2 threads) over every claim of both sets:
 *   claims/s, the claims longer than the model's window (embedded by their leading window), and the projected time
 *   for the 868,000 claims of the whole UN corpus at that rate.</li>
 * </ol>
 * Prints a Markdown table to the log and to {@code target/embedding-throughput.md}. Run alone with
 * {@code bin/test -Dgroups=bench -Dtest.excludedGroups=none -Dtest=EmbeddingThroughputBenchmark}; bin/bench runs it
 * with the other benchmarks.
 */
@Tag("bench")
class EmbeddingThroughputBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingThroughputBenchmark.class);
    private static final long UN_CLAIMS_ALL = 868_000;
    private static final int[] THREADS = {1, 2};
    private static final int[] BATCHES = {1, 8, 32};
    private static final int WARMUP = 50;

    @Test
    void measuresClaimsPerSecond(@TempDir Path dir) throws IOException {
        int unLimit = Integer.getInteger("rapporteur.bench.unClaims", 20_000);
        int gridSize = Integer.getInteger("rapporteur.bench.gridClaims", 1_000);
        Path shared = SharedData.root();
        List<String> small = claimsOf(dir.resolve("samples"), List.of(shared.resolve("corpus"),
                shared.resolve("devcorpus").resolve("texts")), Integer.MAX_VALUE);
        List<String> un = unClaims(dir.resolve("un"), shared.resolve("ungdc"), unLimit);
        List<String> grid = new ArrayList<>(small);
        grid.addAll(un);
        Collections.shuffle(grid, new Random(16));
        grid = grid.subList(0, Math.min(gridSize, grid.size()));

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Machine: %d cores, load average at start %s.%n%n",
                Runtime.getRuntime().availableProcessors(), BenchMemory.loadAverage()));
        md.append(String.format(Locale.ROOT, "Grid: %,d claims (fixed sample of both sets).%n%n", grid.size()));
        md.append("| model | ONNX threads | batch | claims/s (wall) | CPU s per 1,000 claims | batched vs one-by-one |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (EmbeddingModel model : Embedders.models()) {
            List<Embedding> oneByOne = null;
            for (int threads : THREADS) {
                for (int batch : BATCHES) {
                    try (OnnxSentenceEmbedder e = new OnnxSentenceEmbedder(model, threads, batch)) {
                        e.embedPassages(grid.subList(0, Math.min(WARMUP, grid.size())));
                        Run run = time(e, grid);
                        String drift = "(reference)";
                        if (batch == 1 && oneByOne == null) {
                            oneByOne = run.vectors;
                        } else if (batch > 1) {
                            drift = drift(oneByOne, run.vectors);
                        } else {
                            drift = drift(oneByOne, run.vectors) + " (threads)";
                        }
                        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %s |%n", model.id(),
                                threads, batch, run.perSecond(), run.cpuPerThousand(), drift));
                        LOG.info("{} threads {} batch {}: {} claims/s", model.id(), threads, batch,
                                String.format(Locale.ROOT, "%.0f", run.perSecond()));
                    }
                }
            }
        }
        md.append(String.format(Locale.ROOT, "%nFull runs, one text per graph run, 2 threads (as the program runs): "
                + "samples + dev corpus %,d claims, UN subset %,d claims.%n%n", small.size(), un.size()));
        md.append("| model | set | claims | claims/s (wall) | CPU s per 1,000 claims | longer than the window "
                + "(leading window embedded) | projected for 868k UN claims |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (EmbeddingModel model : Embedders.models()) {
            try (OnnxSentenceEmbedder e = new OnnxSentenceEmbedder(model, 2, OnnxSentenceEmbedder.DEFAULT_BATCH)) {
                e.embedPassages(grid.subList(0, Math.min(WARMUP, grid.size())));
                for (var set : List.of(new NamedSet("samples + dev corpus", small), new NamedSet("UN subset", un))) {
                    Run run = time(e, set.claims);
                    long truncated = run.vectors.stream().filter(Embedding::truncated).count();
                    double projectedMinutes = UN_CLAIMS_ALL / run.perSecond() / 60;
                    md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.0f | %.1f | %,d (%.2f%%) | %.0f min |%n",
                            model.id(), set.name, set.claims.size(), run.perSecond(), run.cpuPerThousand(), truncated,
                            100.0 * truncated / Math.max(1, set.claims.size()), projectedMinutes));
                }
            }
        }
        md.append(String.format(Locale.ROOT, "%nLoad average at end %s.%n", BenchMemory.loadAverage()));
        LOG.info("embedding throughput\n{}", md);
        Path out = Path.of("target", "embedding-throughput.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
    }

    private record NamedSet(String name, List<String> claims) {
    }

    private record Run(List<Embedding> vectors, double seconds, double cpuSeconds) {
        double perSecond() {
            return vectors.size() / seconds;
        }

        double cpuPerThousand() {
            return cpuSeconds * 1000 / vectors.size();
        }
    }

    /** Embeds in chunks of 256 claims, as the background job hands them over between commits. */
    private static Run time(OnnxSentenceEmbedder e, List<String> claims) {
        List<Embedding> out = new ArrayList<>(claims.size());
        long cpu0 = BenchMemory.processCpuNanos();
        long t0 = System.nanoTime();
        for (int from = 0; from < claims.size(); from += 256) {
            out.addAll(e.embedPassages(claims.subList(from, Math.min(claims.size(), from + 256))));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (BenchMemory.processCpuNanos() - cpu0) / 1e9;
        return new Run(out, secs, cpu);
    }

    /** The largest component difference and the lowest cosine between two runs' vectors of the same claims. */
    private static String drift(List<Embedding> reference, List<Embedding> other) {
        double maxDiff = 0;
        double minCos = 1;
        for (int i = 0; i < reference.size(); i++) {
            float[] a = reference.get(i).vector();
            float[] b = other.get(i).vector();
            double dot = 0;
            for (int d = 0; d < a.length; d++) {
                maxDiff = Math.max(maxDiff, Math.abs(a[d] - b[d]));
                dot += (double) a[d] * b[d];
            }
            minCos = Math.min(minCos, dot);
        }
        return String.format(Locale.ROOT, "max abs Δ %.4f, min cos %.4f", maxDiff, minCos);
    }

    private static List<String> claimsOf(Path workspace, List<Path> roots, int limit) {
        List<String> texts = new ArrayList<>();
        try (Workspace ws = Workspace.open(workspace)) {
            ws.index(roots, ProgressListener.NONE, Cancellation.NEVER);
            ws.corpus().forEachClaim("", r -> {
                if (texts.size() < limit) {
                    texts.add(r.claim().text());
                }
            });
        }
        return texts;
    }

    /** Speeches of ten years spread over the debate's history, in file order, until {@code limit} claims. */
    private static List<String> unClaims(Path dir, Path ungdc, int limit) throws IOException {
        List<Integer> years = List.of(1950, 1960, 1970, 1980, 1990, 2000, 2005, 2010, 2015, 2020);
        // about 80 claims a speech: enough speeches for the limit, spread evenly over the years
        int perYear = Math.max(1, limit / 80 / years.size() + 1);
        Path root = Files.createDirectories(dir.resolve("ungdc"));
        Files.copy(ungdc.resolve("speakers.csv"), root.resolve("speakers.csv"));
        for (int year : years) {
            Path from = ungdc.resolve("speeches").resolve(Integer.toString(year));
            Path to = Files.createDirectories(root.resolve("speeches").resolve(Integer.toString(year)));
            try (var files = Files.list(from)) {
                for (Path f : files.sorted().limit(perYear).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return claimsOf(dir.resolve("workspace"), List.of(root), limit);
    }
}
