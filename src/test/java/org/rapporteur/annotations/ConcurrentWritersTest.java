package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.ChildJvm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Two threads (each with its own store) and two child processes write to one file at once; none may fail. */
class ConcurrentWritersTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentWritersTest.class);
    static final int ROUNDS = 40;

    @TempDir
    Path dir;

    @Test
    void concurrentWritersInThreadsAndProcessesNeverFail() throws Exception {
        Path db = dir.resolve("annotations.db");
        try (AnnotationStore init = AnnotationStore.open(db, ClaimResolver.none())) {
            assertEquals("ok", init.integrityCheck());
        }
        ClaimResolver resolver = new ClaimResolver() {
            public Optional<ClaimRef> resolve(String claimId) {
                return Optional.empty();
            }

            public Optional<String> reportText(String reportId) {
                return Optional.of(StoreWriterMain.TEXT);
            }
        };
        long t0 = System.nanoTime();
        ChildJvm p1 = ChildWriters.start(db, "p1", ROUNDS, dir.resolve("p1.err"));
        ChildJvm p2 = ChildWriters.start(db, "p2", ROUNDS, dir.resolve("p2.err"));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = List.of("t1", "t2").stream().map(label -> Thread.ofPlatform().name(label).start(() -> {
            try (AnnotationStore s = AnnotationStore.open(db, resolver, label)) {
                go.await();
                for (int i = 0; i < ROUNDS; i++) {
                    String name = label + "-" + i;
                    long tag = s.execute(new Change.CreateTag(name)).entityId();
                    s.execute(new Change.AddCoding(tag, Target.selection("r", i, i + 30)));
                    s.execute(new Change.AddNote(new Target.Tag(tag), "note " + name));
                    if (i % 10 == 9) {
                        s.tags();
                        s.pollExternalChanges();
                    }
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        })).toList();
        // Let the children get going so that all four really overlap.
        p1.firstLine().await(20, TimeUnit.SECONDS);
        go.countDown();
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertTrue(p1.process().waitFor(60, TimeUnit.SECONDS));
        assertTrue(p2.process().waitFor(60, TimeUnit.SECONDS));
        p1.awaitLines();
        p2.awaitLines();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(failures.isEmpty(), () -> "thread writers failed: " + failures);
        assertEquals(0, p1.process().exitValue(), () -> read(dir.resolve("p1.err")));
        assertEquals(0, p2.process().exitValue(), () -> read(dir.resolve("p2.err")));
        assertEquals(3 * ROUNDS, p1.lines().size());
        assertEquals(3 * ROUNDS, p2.lines().size());
        try (AnnotationStore s = AnnotationStore.open(db, ClaimResolver.none())) {
            assertEquals("ok", s.integrityCheck());
            assertEquals(4 * ROUNDS, s.tags().size());
            assertEquals(12 * ROUNDS, s.history(100_000).size());
            for (String w : List.of("p1", "p2", "t1", "t2")) {
                for (int i = 0; i < ROUNDS; i++) {
                    Tag t = s.resolveTag(w + "-" + i);
                    assertEquals(1, s.codingsByTag(t.id(), false).size());
                    assertEquals(1, s.notes(new Target.Tag(t.id())).size());
                }
            }
        }
        LOG.info("concurrent writers: 4 writers x {} changes in {} s, no failure", 3 * ROUNDS,
                String.format(Locale.ROOT, "%.1f", seconds));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
