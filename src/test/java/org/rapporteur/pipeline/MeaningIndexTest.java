package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.MeaningState;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * The vector index beside the text index, driven by a stand-in model (what the vectors are does not matter here; which
 * claims get one, when, and what happens to a damaged index does): every claim gets one, a second run embeds nothing,
 * a changed claim is embedded again alone, removed claims lose theirs, another model starts over, a damaged folder
 * degrades to words and is rebuilt, Cancel keeps what was done.
 */
class MeaningIndexTest {
    private static final String PANEL = """
            Panel on River Basins

            Amina Rahman: Upstream dams change what reaches the delta, and we need shared data on river flows.

            Jonas Berg: Trade in fish depends on those river flows, so ministers should agree on a monitoring plan.

            Amina Rahman: Farmers downstream lose their harvest when the dams hold the water back in a dry year.
            """;
    private static final String HEARING = """
            Hearing on Coastal Fisheries

            Lena Ortiz: Fishing fleets follow the fish, and the river flows that feed the estuary decide where they go.

            Tomas Weber: Port budgets were cut twice, which delays the dredging every harbour needs.
            """;

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(root.resolve("panel.txt"), PANEL);
        Files.writeString(root.resolve("hearing.txt"), HEARING);
        return root;
    }

    private static MeaningIndex meaning(Workspace ws, WordHashEmbedder model) {
        return new MeaningIndex(ws.dir(), ws.claimIndex(), model.model(), () -> model);
    }

    private static void index(Workspace ws, Path root) {
        ws.index(List.of(root), ProgressListener.NONE, Cancellation.NEVER);
    }

    private static ClaimRecord claimSaying(Workspace ws, String words) {
        List<ClaimRecord> found = new ArrayList<>();
        ws.corpus().forEachClaim("", r -> {
            if (r.claim().text().contains(words)) {
                found.add(r);
            }
        });
        assertEquals(1, found.size(), "one claim says " + words);
        return found.getFirst();
    }

    @Test
    void everyClaimGetsAVectorAndASecondRunEmbedsNothing() throws IOException {
        Path root = corpus();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            WordHashEmbedder model = new WordHashEmbedder("test-model-a");
            try (MeaningIndex m = meaning(ws, model)) {
                assertEquals(0, m.state().embedded(), "no vectors before the first run");
                assertFalse(m.state().usable());
                List<String> messages = new ArrayList<>();
                long made = m.embedMissing((done, total, msg) -> messages.add(msg), Cancellation.NEVER);

                long claims = ws.corpus().claimCount();
                assertTrue(claims >= 5, "claims: " + claims);
                assertEquals(claims, made);
                MeaningState s = m.state();
                assertEquals(claims, s.embedded());
                assertEquals(claims, s.claims());
                assertTrue(s.complete() && s.usable(), s.toString());
                assertEquals("test-model-a", s.modelId());
                assertTrue(messages.contains(MeaningIndex.message(claims, claims)), messages.toString());

                assertEquals(0, m.embedMissing(ProgressListener.NONE, Cancellation.NEVER), "nothing new to embed");
                assertEquals(claims, model.passages.get(), "the second run embedded nothing");
            }
        }
    }

    @Test
    void aChangedReportReembedsOnlyItsChangedClaimsAndRemovedClaimsLoseTheirVectors() throws IOException {
        Path root = corpus();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            WordHashEmbedder model = new WordHashEmbedder("test-model-a");
            try (MeaningIndex m = meaning(ws, model)) {
                long first = m.embedMissing(ProgressListener.NONE, Cancellation.NEVER);
                String unchanged = claimSaying(ws, "Upstream dams").claim().id();
                float[] before = m.vectors().vectorOf(unchanged).orElseThrow();

                // one word of one claim, the same length, so no other claim's span moves
                Files.writeString(root.resolve("panel.txt"), PANEL.replace("Trade in fish", "Trade in rice"));
                index(ws, root);
                assertEquals(1, m.embedMissing(ProgressListener.NONE, Cancellation.NEVER));
                assertEquals(first + 1, model.passages.get());
                assertEquals(1, m.lastRun().embedded());
                // the file's bytes changed, so its claims' ids did: the other two keep their text's vector
                assertEquals(2, m.lastRun().reused(), m.lastRun().toString());
                assertEquals(1, m.lastRun().removed(), "the changed claim's old vector: " + m.lastRun());
                assertTrue(m.vectors().vectorOf(claimSaying(ws, "Trade in rice").claim().id()).isPresent());
                String moved = claimSaying(ws, "Upstream dams").claim().id();
                assertFalse(moved.equals(unchanged), "claim ids hash the report's bytes");
                assertTrue(java.util.Arrays.equals(before, m.vectors().vectorOf(moved).orElseThrow()),
                        "the unchanged claim kept its vector under its new id");
                assertTrue(m.vectors().vectorOf(unchanged).isEmpty(), "the old id's vector is gone");

                Files.delete(root.resolve("hearing.txt"));
                index(ws, root);
                assertEquals(0, m.embedMissing(ProgressListener.NONE, Cancellation.NEVER));
                assertEquals(2, m.lastRun().removed(), "the hearing's two claims lost their vectors");
                assertEquals(ws.corpus().claimCount(), m.state().embedded());
            }
        }
    }

    @Test
    void relatedClaimsAreNearestInOtherReportsAndFallBackToWordsWithoutAVector() throws IOException {
        Path root = corpus();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            WordHashEmbedder model = new WordHashEmbedder("test-model-a");
            try (MeaningIndex m = meaning(ws, model)) {
                ClaimRecord trade = claimSaying(ws, "Trade in fish");
                List<ClaimHit> before = m.related(trade.claim().id(), 5);
                assertTrue(before.stream().allMatch(h -> h.match() == MatchKind.WORDS), "lexical without vectors");

                m.embedMissing(ProgressListener.NONE, Cancellation.NEVER);
                List<ClaimHit> related = m.related(trade.claim().id(), 5);
                assertEquals(2, related.size(), "the hearing's two claims, none of the panel's");
                for (ClaimHit h : related) {
                    assertEquals(MatchKind.MEANING, h.match());
                    assertFalse(h.record().claim().reportId().equals(trade.claim().reportId()));
                }
                assertTrue(related.get(0).record().claim().text().contains("river flows"),
                        "the claim sharing 'fish', 'river', 'flows' comes first: " + related.get(0));
                assertTrue(related.get(0).score() > related.get(1).score());
                float[] a = m.vectors().vectorOf(trade.claim().id()).orElseThrow();
                float[] b = m.vectors().vectorOf(related.get(0).record().claim().id()).orElseThrow();
                assertEquals(dot(a, b), related.get(0).score(), 1e-5, "the score is the similarity");
            }
        }
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void anotherModelsVectorsAreNotUsedAndTheNextRunStartsOver() throws IOException {
        Path root = corpus();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            try (MeaningIndex m = meaning(ws, new WordHashEmbedder("test-model-a"))) {
                m.embedMissing(ProgressListener.NONE, Cancellation.NEVER);
            }
            WordHashEmbedder other = new WordHashEmbedder("test-model-b");
            try (MeaningIndex m = meaning(ws, other)) {
                MeaningState s = m.state();
                assertFalse(s.usable(), s.toString());
                assertEquals(0, s.embedded());
                assertTrue(s.problem().contains("test-model-a") && s.problem().contains("makes them again"),
                        s.problem());
                String id = claimSaying(ws, "Trade in fish").claim().id();
                assertTrue(m.related(id, 3).stream().allMatch(h -> h.match() == MatchKind.WORDS));

                assertEquals(ws.corpus().claimCount(), m.embedMissing(ProgressListener.NONE, Cancellation.NEVER));
                assertNull(m.state().problem());
                assertTrue(m.state().complete());
            }
            try (MeaningIndex m = meaning(ws, new WordHashEmbedder("test-model-b"))) {
                assertTrue(m.state().complete(), "reopened: the new model's vectors are all there");
            }
        }
    }

    @Test
    void aDamagedVectorIndexIsOneProblemWordsStillWorkAndTheNextRunRebuildsIt() throws IOException {
        Path root = corpus();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            try (MeaningIndex m = meaning(ws, new WordHashEmbedder("test-model-a"))) {
                m.embedMissing(ProgressListener.NONE, Cancellation.NEVER);
            }
            Path largest;
            try (Stream<Path> files = Files.list(dir.resolve("ws/vectors"))) {
                largest = files.max(Comparator.comparingLong(MeaningIndexTest::size)).orElseThrow();
            }
            try (FileChannel ch = FileChannel.open(largest, StandardOpenOption.WRITE)) {
                ch.truncate(ch.size() / 2);
            }
            WordHashEmbedder model = new WordHashEmbedder("test-model-a");
            try (MeaningIndex m = meaning(ws, model)) {
                MeaningState s = m.state();
                assertNotNull(s.problem());
                assertFalse(s.usable());
                assertTrue(s.problem().startsWith("The claim vectors in ") && s.problem().endsWith("rebuilds them."),
                        s.problem());
                assertEquals(1, s.problem().split("\\. ").length, "one sentence: " + s.problem());
                String id = claimSaying(ws, "Trade in fish").claim().id();
                assertTrue(m.related(id, 3).stream().allMatch(h -> h.match() == MatchKind.WORDS));
                assertFalse(ws.corpus().search(org.rapporteur.model.SearchRequest.of("river", 10)).hits().isEmpty(),
                        "searching by words still works");

                assertEquals(ws.corpus().claimCount(), m.embedMissing(ProgressListener.NONE, Cancellation.NEVER));
                assertNull(m.state().problem());
                assertTrue(m.state().complete());
                assertEquals(MatchKind.MEANING, m.related(id, 3).getFirst().match());
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    @Test
    void cancellingKeepsWhatWasEmbeddedAndTheNextRunDoesTheRest() throws IOException {
        Path root = corpus();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            WordHashEmbedder model = new WordHashEmbedder("test-model-a");
            try (MeaningIndex m = meaning(ws, model)) {
                Cancellation cancel = new Cancellation();
                long made = m.embedMissing((done, total, msg) -> {
                    if (total > 0) {
                        cancel.cancel(); // as soon as the count is known: nothing embedded yet
                    }
                }, cancel);
                assertEquals(0, made);
                assertTrue(m.lastRun().cancelled());
                assertEquals(ws.corpus().claimCount(), m.embedMissing(ProgressListener.NONE, Cancellation.NEVER));
                assertTrue(m.state().complete());
            }
        }
    }

    @Test
    void closingDuringARunWaitsForItAndKeepsWhatItMade() throws Exception {
        Path root = corpus();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            WordHashEmbedder words = new WordHashEmbedder("test-model-a");
            java.util.concurrent.CountDownLatch inRun = new java.util.concurrent.CountDownLatch(1);
            org.rapporteur.embed.SentenceEmbedder slow = new org.rapporteur.embed.SentenceEmbedder() {
                @Override
                public org.rapporteur.embed.EmbeddingModel model() {
                    return words.model();
                }

                @Override
                public List<org.rapporteur.embed.Embedding> embedPassages(List<String> texts) {
                    inRun.countDown();
                    try {
                        Thread.sleep(500); // close() is called meanwhile
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return words.embedPassages(texts);
                }

                @Override
                public org.rapporteur.embed.Embedding embedQuery(String text) {
                    return words.embedQuery(text);
                }

                @Override
                public void close() {
                }
            };
            MeaningIndex m = new MeaningIndex(ws.dir(), ws.claimIndex(), words.model(), () -> slow);
            java.util.concurrent.atomic.AtomicReference<Throwable> failed =
                    new java.util.concurrent.atomic.AtomicReference<>();
            Thread run = new Thread(() -> {
                try {
                    m.embedMissing(ProgressListener.NONE, Cancellation.NEVER);
                } catch (Throwable t) {
                    failed.set(t);
                }
            }, "test-embedding-run");
            run.start();
            assertTrue(inRun.await(30, java.util.concurrent.TimeUnit.SECONDS));
            m.close();
            run.join(30_000);
            assertNull(failed.get(), () -> "the run failed: " + failed.get());
            assertEquals(0, m.embedMissing(ProgressListener.NONE, Cancellation.NEVER), "closed: no new run");
            try (MeaningIndex again = meaning(ws, new WordHashEmbedder("test-model-a"))) {
                assertEquals(ws.corpus().claimCount(), again.state().embedded(), "what the run made was committed");
            }
        }
    }

    @Test
    void aModelThatFailsToLoadIsOneProblemAndRelatedStaysLexical() throws IOException {
        Path root = corpus();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            try (MeaningIndex m = new MeaningIndex(ws.dir(), ws.claimIndex(),
                    new WordHashEmbedder("test-model-a").model(), () -> {
                        throw new org.rapporteur.model.RapporteurException("the model file is damaged");
                    })) {
                org.rapporteur.model.RapporteurException e = org.junit.jupiter.api.Assertions.assertThrows(
                        org.rapporteur.model.RapporteurException.class,
                        () -> m.embedMissing(ProgressListener.NONE, Cancellation.NEVER));
                assertTrue(e.getMessage().contains("the model file is damaged"), e.getMessage());
                assertEquals(e.getMessage(), m.state().problem());
                assertFalse(m.state().usable());
                String id = claimSaying(ws, "Trade in fish").claim().id();
                assertTrue(m.related(id, 3).stream().allMatch(h -> h.match() == MatchKind.WORDS));
                assertEquals(Optional.empty(), m.vectors().vectorOf(id));
            }
        }
    }
}
