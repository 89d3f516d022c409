package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.embed.Embedders;
import org.rapporteur.index.Neighbour;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.MeaningState;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * The five sample reports embedded once with the shipped model (a few seconds): every claim has its vector, a second
 * run embeds nothing, related claims come from other reports nearest first, and the lookup the searcher uses finds a
 * claim by its own words and keeps to a set of claims when asked.
 */
class MeaningSamplesTest {
    @TempDir
    static Path dir;
    private static Workspace ws;
    private static long embedded;
    private static List<String> progress = new ArrayList<>();

    @BeforeAll
    static void embedTheSamples() {
        ws = Workspace.open(dir.resolve("ws"));
        ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
        embedded = ws.meaning().embedMissing((done, total, msg) -> progress.add(msg), Cancellation.NEVER);
    }

    @AfterAll
    static void close() {
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void everyClaimHasAVectorOfTheShippedModelAndASecondRunEmbedsNothing() {
        long claims = ws.corpus().claimCount();
        assertTrue(claims > 200, "the samples have hundreds of claims: " + claims);
        assertEquals(claims, embedded);
        MeaningState s = ws.meaning().state();
        assertEquals(Embedders.defaultModel().id(), s.modelId());
        assertEquals(claims, s.embedded());
        assertTrue(s.complete(), s.toString());
        assertNull(s.problem());
        assertFalse(s.running());
        assertTrue(progress.contains(MeaningIndex.message(claims, claims)), progress.toString());
        assertEquals(ws.meaning().truncated(), ws.meaning().lastRun().truncated());

        assertEquals(0, ws.meaning().embedMissing(ProgressListener.NONE, Cancellation.NEVER));
        assertEquals(claims, ws.meaning().state().embedded());
    }

    @Test
    void relatedClaimsComeFromOtherReportsNearestFirstWithTheirRecords() {
        List<ClaimRecord> claims = new ArrayList<>();
        ws.corpus().forEachClaim("", claims::add);
        int checked = 0;
        for (ClaimRecord c : claims.subList(0, claims.size()).stream().filter(r -> r.claim().text().length() > 80)
                .limit(20).toList()) {
            List<ClaimHit> related = ws.meaning().related(c.claim().id(), 8);
            assertEquals(8, related.size(), "the other four reports have hundreds of claims");
            float previous = Float.MAX_VALUE;
            for (ClaimHit h : related) {
                assertEquals(MatchKind.MEANING, h.match());
                assertNotEquals(c.claim().reportId(), h.record().claim().reportId(), "another report's claim");
                assertTrue(h.score() <= previous + 1e-6f, "nearest first");
                assertTrue(h.score() > -1 && h.score() <= 1.0001f, "a cosine similarity: " + h.score());
                assertTrue(h.record().source() != null && !h.record().claim().text().isBlank());
                previous = h.score();
            }
            checked++;
        }
        assertEquals(20, checked);
    }

    @Test
    void aClaimsOwnWordsFindItFirstAndASetOfClaimsIsSearchedExactly() {
        VectorLookup lookup = new VectorLookup(ws.meaning());
        assertTrue(lookup.state().usable());
        List<ClaimRecord> claims = new ArrayList<>();
        ws.corpus().forEachClaim("", claims::add);
        int firsts = 0;
        List<ClaimRecord> sample = claims.stream().filter(r -> r.claim().text().length() > 60).limit(10).toList();
        for (ClaimRecord c : sample) {
            float[] q = lookup.embedQuery(c.claim().text());
            List<Neighbour> top = lookup.nearest(q, 3, null, null);
            // first, or tied with a claim of the same words (a sentence repeated in another report)
            for (Neighbour n : top) {
                if (n.claimId().equals(c.claim().id()) && n.similarity() >= top.getFirst().similarity() - 1e-4f) {
                    firsts++;
                    assertTrue(n.similarity() > 0.95f, "its own text: " + n);
                }
            }
        }
        assertEquals(sample.size(), firsts, "a claim's own text finds it first (the model has no query prefix)");

        Set<String> only = Set.of(claims.get(1).claim().id(), claims.get(50).claim().id(),
                claims.get(300).claim().id());
        float[] v = lookup.vectorOf(claims.get(50).claim().id()).orElseThrow();
        List<Neighbour> within = lookup.nearest(v, 10, null, only);
        assertEquals(3, within.size());
        assertEquals(claims.get(50).claim().id(), within.getFirst().claimId());
        assertTrue(within.stream().allMatch(n -> only.contains(n.claimId())));
        List<Neighbour> without = lookup.nearest(v, 10, claims.get(50).claim().reportId(), only);
        assertTrue(without.stream().noneMatch(n -> n.reportId().equals(claims.get(50).claim().reportId())));
    }
}
