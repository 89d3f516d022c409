package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

/** Both fusion rules on small rankings: what each puts first, and which lists a claim came from. */
class RankFusionTest {
    private static final ScoreDoc[] WORDS = {new ScoreDoc(1, 9f), new ScoreDoc(2, 8.9f), new ScoreDoc(3, 1f)};
    private static final List<SemanticCandidates.Candidate> MEANING = List.of(
            new SemanticCandidates.Candidate(4, "d", 0.9f), new SemanticCandidates.Candidate(3, "c", 0.5f),
            new SemanticCandidates.Candidate(5, "e", 0.4f));

    private static List<Integer> order(List<RankFusion.Fused> fused) {
        return fused.stream().map(RankFusion.Fused::doc).toList();
    }

    @Test
    void reciprocalRankFusionRewardsAClaimInBothLists() {
        List<RankFusion.Fused> fused = RankFusion.RECIPROCAL_RANK.fuse(WORDS, MEANING);
        // 3: 1/63 + 1/62 beats 1: 1/61; then the two firsts, 1 (met first) before 4
        assertEquals(List.of(3, 1, 4, 2, 5), order(fused));
        assertEquals(new RankFusion.Fused(3, 1.0 / 63 + 1.0 / 62, true, true), fused.getFirst());
    }

    @Test
    void theWeightedSumFollowsTheScoresNotOnlyTheRanks() {
        List<RankFusion.Fused> fused = RankFusion.WEIGHTED_SCORES.fuse(WORDS, MEANING);
        // words 9 / 8.9 / 1 → 1, 0.9875, 0; meaning 0.9 / 0.5 / 0.4 → 1, 0.2, 0: claim 2 stays near the top, 3 falls
        assertEquals(List.of(1, 4, 2, 3, 5), order(fused));
        assertEquals(0.5 * 0 + 0.5 * 0.2, fused.get(3).score(), 1e-6);
        assertEquals(new RankFusion.Fused(5, 0, false, true), fused.get(4));
    }
}
