package org.rapporteur.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rapporteur.embed.EmbeddingModel;
import org.rapporteur.embed.Embedders;
import org.rapporteur.index.ClaimVectors;
import org.rapporteur.index.Neighbour;
import org.rapporteur.index.VectorFormat;

/**
 * Benchmark, not a test (ADR 0032): the vectors of a workspace written again in each {@link VectorFormat} (float HNSW
 * and the scalar-quantised ones), committed every 5,000 vectors as an embedding run does; for each, the build time,
 * the size on disk, and for {@code queries} of the claims' own vectors the search time (p50/p99 of
 * {@link ClaimVectors#nearest}, which reorders quantised candidates by their exact similarity) and recall@10 against
 * brute force. Run by {@code bin/bench embed --compare-formats}, or alone: {@code VectorFormatComparison WORKSPACE
 * [queries] [max vectors]}.
 */
public final class VectorFormatComparison {
    /** Vectors read into memory for brute force (384 floats each: 100,000 take 154 MB). */
    static final int MAX_VECTORS = 100_000;

    private VectorFormatComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path workspace = Path.of(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int max = args.length > 2 ? Integer.parseInt(args[2]) : MAX_VECTORS;
        System.out.println(compare(workspace, queries, max));
    }

    static String compare(Path workspace, int queries) throws IOException {
        return compare(workspace, queries, MAX_VECTORS);
    }

    static String compare(Path workspace, int queries, int max) throws IOException {
        EmbeddingModel model = Embedders.defaultModel();
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        try (ClaimVectors source = ClaimVectors.open(workspace.resolve("vectors"), model.id(), model.dimensions())) {
            source.forEachVector((id, v) -> {
                if (ids.size() < max) {
                    ids.add(id);
                    vectors.add(v);
                }
            });
        }
        int n = vectors.size();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "### Vector formats on %,d vectors of %s, %d"
                + " queries (a claim's own vector, itself left out), k = 10%n%n", n, model.id(), queries));
        if (n < 20) {
            return out.append("Too few vectors to compare.\n").toString();
        }
        int[] queryRows = new int[Math.min(queries, n)];
        for (int i = 0; i < queryRows.length; i++) {
            queryRows[i] = (int) ((long) i * n / queryRows.length);
        }
        List<Set<String>> truth = new ArrayList<>();
        for (int q : queryRows) {
            truth.add(bruteForce(vectors, ids, q, 10));
        }
        out.append("| format | build s | size MB | bytes/vector | search p50 ms | p99 ms | recall@10 |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (VectorFormat f : VectorFormat.values()) {
            Path dir = Files.createTempDirectory("rapporteur-vector-format");
            try {
                long t0 = System.nanoTime();
                try (ClaimVectors v = ClaimVectors.open(dir, model.id(), model.dimensions(), f);
                     ClaimVectors.Run run = v.startRun()) {
                    for (int i = 0; i < n; i++) {
                        run.add(ids.get(i), "", "h" + i, vectors.get(i), false);
                        if ((i + 1) % 5_000 == 0) {
                            run.commit();
                        }
                    }
                }
                double build = (System.nanoTime() - t0) / 1e9;
                long size = UngdcEmbeddingBenchmark.size(dir);
                try (ClaimVectors v = ClaimVectors.open(dir, model.id(), model.dimensions(), f)) {
                    for (int q : queryRows) {
                        v.nearest(vectors.get(q), 11, null, null); // warm the graph and the JIT
                    }
                    long[] micros = new long[queryRows.length];
                    double recall = 0;
                    for (int i = 0; i < queryRows.length; i++) {
                        int q = queryRows[i];
                        long t = System.nanoTime();
                        List<Neighbour> got = v.nearest(vectors.get(q), 11, null, null);
                        micros[i] = (System.nanoTime() - t) / 1_000;
                        Set<String> found = new HashSet<>();
                        for (Neighbour nb : got) {
                            if (!nb.claimId().equals(ids.get(q)) && found.size() < 10) {
                                found.add(nb.claimId());
                            }
                        }
                        found.retainAll(truth.get(i));
                        recall += found.size() / (double) truth.get(i).size();
                    }
                    Arrays.sort(micros);
                    out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %.2f | %.2f | %.3f |%n", f,
                            build, size / 1e6, size / (double) n, micros[micros.length / 2] / 1000.0,
                            micros[Math.min(micros.length - 1, (int) Math.ceil(micros.length * 0.99) - 1)] / 1000.0,
                            recall / queryRows.length));
                }
            } finally {
                UngdcEmbeddingBenchmark.deleteTree(dir);
            }
        }
        return out.toString();
    }

    /** The ids of the {@code k} vectors nearest to row {@code q} by exact dot product, row {@code q} left out. */
    private static Set<String> bruteForce(List<float[]> vectors, List<String> ids, int q, int k) {
        float[] query = vectors.get(q);
        int[] best = new int[k];
        float[] score = new float[k];
        Arrays.fill(score, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.size(); i++) {
            if (i == q) {
                continue;
            }
            float s = dot(query, vectors.get(i));
            if (s > score[k - 1]) {
                int at = k - 1;
                while (at > 0 && score[at - 1] < s) {
                    score[at] = score[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                score[at] = s;
                best[at] = i;
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < k; i++) {
            if (score[i] > Float.NEGATIVE_INFINITY) {
                out.add(ids.get(best[i]));
            }
        }
        return out;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
