package org.rapporteur.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rapporteur.embed.Embedders;
import org.rapporteur.embed.Embedding;
import org.rapporteur.embed.EmbeddingModel;
import org.rapporteur.embed.SentenceEmbedder;

/**
 * Semantic recall@k of each known model on the paraphrase key, without the vector index: every claim of the eval
 * workspace embedded in memory, each query's k nearest claims found by brute-force cosine (dot product of unit
 * vectors). What the embed part's ADR compares the models by; needs only the embedder.
 */
public final class ModelComparison {
    private static final int CHUNK = 256;

    /** One model's figures; {@code problem} set (and the rest zero) when the model could not be opened. */
    public record Result(String modelId, int dimensions, int claims, double seconds, long truncated, long found,
                         int queries, String problem) {
        public double claimsPerSecond() {
            return seconds > 0 ? claims / seconds : 0;
        }

        public double recall() {
            return queries == 0 ? 0 : (double) found / queries;
        }
    }

    private ModelComparison() {
    }

    /**
     * @param ids      claim ids, in the order of {@code texts}
     * @param texts    the claims' texts
     * @param relevant per key entry, the ids of its right claims (empty: unresolved, a miss)
     */
    public static List<Result> run(List<String> ids, List<String> texts, Map<ParaphraseKey.Entry, Set<String>> relevant,
                                   int k, PrintStream log) {
        List<Result> out = new ArrayList<>();
        for (EmbeddingModel model : Embedders.models()) {
            Result r = runOne(model, ids, texts, relevant, k, log);
            log.printf(Locale.ROOT, "%s: recall@%d %d / %d, %.0f claims/s%s%n", r.modelId(), k, r.found(), r.queries(),
                    r.claimsPerSecond(), r.problem() == null ? "" : ", " + r.problem()); // kept should a later model fail
            out.add(r);
        }
        return out;
    }

    static Result runOne(EmbeddingModel model, List<String> ids, List<String> texts,
                         Map<ParaphraseKey.Entry, Set<String>> relevant, int k, PrintStream log) {
        try (SentenceEmbedder embedder = Embedders.open(model)) {
            float[][] vectors = new float[texts.size()][];
            long truncated = 0;
            long start = System.nanoTime();
            for (int from = 0; from < texts.size(); from += CHUNK) {
                List<Embedding> batch = embedder.embedPassages(texts.subList(from, Math.min(texts.size(), from + CHUNK)));
                for (int i = 0; i < batch.size(); i++) {
                    vectors[from + i] = batch.get(i).vector();
                    truncated += batch.get(i).truncated() ? 1 : 0;
                }
                log.printf(Locale.ROOT, "%s: %d / %d claims embedded%n", model.id(), Math.min(texts.size(), from + CHUNK), texts.size());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long found = 0;
            for (Map.Entry<ParaphraseKey.Entry, Set<String>> e : relevant.entrySet()) {
                float[] q = embedder.embedQuery(e.getKey().query()).vector();
                for (int index : nearest(q, vectors, k)) {
                    if (e.getValue().contains(ids.get(index))) {
                        found++;
                        break;
                    }
                }
            }
            return new Result(model.id(), model.dimensions(), texts.size(), seconds, truncated, found, relevant.size(),
                    null);
        } catch (RuntimeException e) {
            return new Result(model.id(), model.dimensions(), 0, 0, 0, 0, relevant.size(),
                    e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** Indexes of the k vectors with the largest dot product with {@code q}, largest first. */
    static int[] nearest(float[] q, float[][] vectors, int k) {
        int n = Math.min(k, vectors.length);
        int[] best = new int[n];
        float[] score = new float[n];
        int size = 0;
        for (int i = 0; i < vectors.length; i++) {
            float s = dot(q, vectors[i]);
            if (size < n || s > score[size - 1]) {
                int at = size < n ? size++ : size - 1;
                while (at > 0 && score[at - 1] < s) { // insertion into the short sorted list
                    score[at] = score[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                score[at] = s;
                best[at] = i;
            }
        }
        return java.util.Arrays.copyOf(best, size);
    }

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
