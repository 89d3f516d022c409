package org.rapporteur.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.ScoreDoc;

/**
 * One ranking from two: the claims that match the query's words (BM25 order) and those nearest to its meaning
 * (similarity order). The rule is the weighted sum of scores normalised by each list's minimum and maximum, half
 * each (ADR 0033: on the paraphrase key it tied with reciprocal rank fusion for the queries as typed and lost less
 * when the words brought only wrong claims). Reciprocal rank fusion (each list gives a claim {@code 1 / (60 + rank)})
 * is kept beside it because it is what ADR 0033 compared it with; {@code -Drapporteur.fusion=rrf} selects it, for
 * measuring only.
 */
enum RankFusion {
    RECIPROCAL_RANK {
        @Override
        List<Fused> fuse(ScoreDoc[] words, List<SemanticCandidates.Candidate> meaning) {
            Map<Integer, Fused> byDoc = new LinkedHashMap<>();
            for (int r = 0; r < words.length; r++) {
                add(byDoc, words[r].doc, 1.0 / (RRF_K + r + 1), true, false);
            }
            for (int r = 0; r < meaning.size(); r++) {
                add(byDoc, meaning.get(r).doc(), 1.0 / (RRF_K + r + 1), false, true);
            }
            return ordered(byDoc);
        }
    },
    WEIGHTED_SCORES {
        @Override
        List<Fused> fuse(ScoreDoc[] words, List<SemanticCandidates.Candidate> meaning) {
            Map<Integer, Fused> byDoc = new LinkedHashMap<>();
            double[] lexical = new double[words.length];
            for (int r = 0; r < words.length; r++) {
                lexical[r] = words[r].score;
            }
            double[] semantic = meaning.stream().mapToDouble(SemanticCandidates.Candidate::similarity).toArray();
            normalise(lexical);
            normalise(semantic);
            for (int r = 0; r < words.length; r++) {
                add(byDoc, words[r].doc, WORDS_WEIGHT * lexical[r], true, false);
            }
            for (int r = 0; r < meaning.size(); r++) {
                add(byDoc, meaning.get(r).doc(), (1 - WORDS_WEIGHT) * semantic[r], false, true);
            }
            return ordered(byDoc);
        }
    };

    /** The constant of reciprocal rank fusion as its authors (Cormack et al., 2009) set it; not tuned here. */
    static final int RRF_K = 60;
    /** The words' share in the weighted sum: even, as nothing on the key argued for another. */
    static final double WORDS_WEIGHT = 0.5;

    /** A claim of the fused ranking: its document, fused score, and which rankings it came from. */
    record Fused(int doc, double score, boolean words, boolean meaning) {
    }

    /** Both rankings as one, best first; ties keep the order in which the claims were first met (words first). */
    abstract List<Fused> fuse(ScoreDoc[] words, List<SemanticCandidates.Candidate> meaning);

    /**
     * The score of the claim at {@code rank} (from 0) of the words' ranking beyond the fused window, where the words'
     * order continues: below every fused claim.
     */
    double beyondWindow(int rank) {
        return this == RECIPROCAL_RANK ? 1.0 / (RRF_K + rank + 1) : 0;
    }

    /** The weighted sum, unless {@code rapporteur.fusion=rrf} names the other rule (for measuring). */
    static RankFusion configured() {
        String chosen = System.getProperty("rapporteur.fusion", "weighted").strip().toLowerCase(Locale.ROOT);
        return chosen.equals("rrf") ? RECIPROCAL_RANK : WEIGHTED_SCORES;
    }

    private static void add(Map<Integer, Fused> byDoc, int doc, double score, boolean words, boolean meaning) {
        byDoc.merge(doc, new Fused(doc, score, words, meaning), (a, b) ->
                new Fused(doc, a.score() + b.score(), a.words() || b.words(), a.meaning() || b.meaning()));
    }

    private static List<Fused> ordered(Map<Integer, Fused> byDoc) {
        List<Fused> out = new ArrayList<>(byDoc.values());
        out.sort(Comparator.comparingDouble(Fused::score).reversed()); // stable: ties keep their first-met order
        return out;
    }

    /** Scales to [0, 1] by the list's own minimum and maximum; a list of equal scores is all 1. */
    private static void normalise(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = max > min ? (v[i] - min) / (max - min) : 1;
        }
    }
}
