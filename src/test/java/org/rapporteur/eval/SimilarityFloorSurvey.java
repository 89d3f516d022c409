package org.rapporteur.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.SharedData;

/**
 * How the similarity floor of meaning search was chosen (ADR 0033): on the workspace {@code bin/eval-meaning} built
 * and embedded, each paraphrase-key query's 100 nearest claims with no floor at all
 * ({@code -Drapporteur.similarityFloor=0}, set by this class), the similarity of its right claim when it is among
 * them, and for each candidate floor: how many right claims would stay above it, and how many claims a semantic
 * search would list (at most 100). Prints Markdown.
 *
 * <p>{@code bin/eval-meaning} first, then {@code java -cp … org.rapporteur.eval.SimilarityFloorSurvey
 * [target/eval-meaning]}.
 */
public final class SimilarityFloorSurvey {
    private static final int DEPTH = 100;
    private static final float[] FLOORS = {0.15f, 0.20f, 0.25f, 0.30f, 0.35f, 0.40f, 0.45f, 0.50f};

    private SimilarityFloorSurvey() {
    }

    public static void main(String[] args) {
        System.setProperty("rapporteur.similarityFloor", "0");
        Path dir = Path.of(args.length > 0 ? args[0] : "target/eval-meaning");
        Path shared = SharedData.root();
        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            Map<ParaphraseKey.Entry, Set<String>> relevant = MeaningEvaluation.resolve(ParaphraseKey.load(), ws,
                    shared);
            List<Float> right = new ArrayList<>();
            List<float[]> nearest = new ArrayList<>();
            int outside = 0;
            for (Map.Entry<ParaphraseKey.Entry, Set<String>> e : relevant.entrySet()) {
                SearchResult r = ws.corpus().search(SearchRequest.of(e.getKey().query(), DEPTH).withMode(SearchMode.SEMANTIC));
                float[] sims = new float[r.hits().size()];
                Float found = null;
                for (int i = 0; i < sims.length; i++) {
                    ClaimHit h = r.hits().get(i);
                    sims[i] = h.score();
                    if (found == null && e.getValue().contains(h.record().claim().id())) {
                        found = h.score();
                    }
                }
                nearest.add(sims);
                if (found == null) {
                    outside++;
                } else {
                    right.add(found);
                }
            }
            float[] sorted = new float[right.size()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = right.get(i);
            }
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "Model %s, %,d claims; %d key queries, right claim among the %d nearest "
                    + "for %d (%d not).%n%n", ws.meaning().state().modelId(), ws.corpus().claimCount(), relevant.size(),
                    DEPTH, right.size(), outside);
            if (sorted.length > 0) {
                System.out.printf(Locale.ROOT, "Similarity of the right claim: min %.3f, 5th pct %.3f, 10th pct %.3f,"
                        + " median %.3f, max %.3f%n%n", sorted[0], pct(sorted, 5), pct(sorted, 10), pct(sorted, 50),
                        sorted[sorted.length - 1]);
            }
            System.out.println("| floor | right claims at or above it | claims listed by a semantic search: mean "
                    + "(median) of " + DEPTH + " nearest |");
            System.out.println("|---:|---:|---:|");
            for (float f : FLOORS) {
                long kept = right.stream().filter(x -> x >= f).count();
                int[] listed = nearest.stream().mapToInt(s -> (int) countAtLeast(s, f)).sorted().toArray();
                double mean = Arrays.stream(listed).average().orElse(0);
                System.out.printf(Locale.ROOT, "| %.2f | %d of %d | %.1f (%d) |%n", f, kept, right.size(), mean,
                        listed.length == 0 ? 0 : listed[listed.length / 2]);
            }
        }
    }

    private static long countAtLeast(float[] sims, float f) {
        long n = 0;
        for (float s : sims) {
            n += s >= f ? 1 : 0;
        }
        return n;
    }

    private static float pct(float[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
