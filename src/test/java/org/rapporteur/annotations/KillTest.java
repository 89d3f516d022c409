package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.ChildJvm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a child JVM with {@code kill -9} at random moments while it writes, many times, and checks that the store is
 * sound and holds every change the child reported committed, with no change half applied.
 */
class KillTest {
    private static final Logger LOG = LoggerFactory.getLogger(KillTest.class);
    static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void killingTheWriterAtAnyMomentLosesNoCommittedChangeAndNeverCorrupts() throws Exception {
        Path db = dir.resolve("annotations.db");
        Random random = new Random(20261122L);
        List<String> committed = new ArrayList<>();
        int killedBeforeFirstCommit = 0;
        long t0 = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            ChildJvm child = ChildWriters.start(db, "r" + round, -1, dir.resolve("child" + round + ".err"),
                    true);
            if (round % 4 == 3) {
                // Some rounds die early: while the JVM starts, opens the file or migrates the schema.
                Thread.sleep(random.nextInt(400));
            } else {
                assertTrue(child.firstLine().await(20, TimeUnit.SECONDS), "child " + round + " wrote nothing: "
                        + Files.readString(dir.resolve("child" + round + ".err")));
                Thread.sleep(random.nextInt(200));
            }
            child.process().destroyForcibly();
            child.process().waitFor(10, TimeUnit.SECONDS);
            child.awaitLines();
            if (child.lines().isEmpty()) {
                killedBeforeFirstCommit++;
            }
            committed.addAll(child.lines());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        LOG.info("kill test: {} rounds, {} committed changes reported, {} rounds killed before a commit, {} s",
                ROUNDS, committed.size(), killedBeforeFirstCommit, String.format(Locale.ROOT, "%.1f", seconds));
        assertTrue(committed.size() > ROUNDS, "the children committed something: " + committed.size());

        try (AnnotationStore store = AnnotationStore.open(db, ClaimResolver.none(), "checker")) {
            assertEquals("ok", store.integrityCheck());
            for (String line : committed) {
                String[] f = line.split(" ");
                long entity = Long.parseLong(f[2]);
                String label = f[3];
                switch (f[1]) {
                    case "CreateTag" -> assertEquals(label, store.tag(entity).orElseThrow(() -> new AssertionError(
                            "lost tag " + line)).name());
                    case "AddCoding" -> assertTrue(store.codingsByTag(store.resolveTag(label).id(), false).stream()
                            .anyMatch(k -> k.id() == entity), "lost coding " + line);
                    case "AddNote" -> assertEquals("note " + label, store.notes(new Target.Tag(
                            store.resolveTag(label).id())).getFirst().text(), "lost note " + line);
                    case "AddCorrection" -> assertTrue(store.corrections().stream().anyMatch(k -> k.id() == entity
                            && k.kind() == CorrectionKind.RELABEL_SPEAKER && label.equals(k.value())
                            && ("LABEL " + label).equals(k.subject())), "lost label correction " + line);
                    default -> throw new AssertionError(line);
                }
            }
            // Atomicity: every change in the journal is wholly there, and nothing is there without its journal entry.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                assertEquals(count(s, "SELECT count(*) FROM change_log WHERE type = 'CreateTag'"),
                        count(s, "SELECT count(*) FROM tag"));
                assertEquals(count(s, "SELECT count(*) FROM change_log WHERE type = 'AddCoding'"),
                        count(s, "SELECT count(*) FROM coding"));
                assertEquals(count(s, "SELECT count(*) FROM coding"), count(s, "SELECT count(*) FROM anchor"));
                assertEquals(count(s, "SELECT count(*) FROM change_log WHERE type = 'AddNote'"),
                        count(s, "SELECT count(*) FROM note"));
                assertEquals(count(s, "SELECT count(*) FROM change_log WHERE type = 'AddCorrection'"),
                        count(s, "SELECT count(*) FROM correction"));
                assertEquals(count(s, "SELECT count(*) FROM change_log"),
                        count(s, "SELECT count(*) FROM change_event"));
                long journal = count(s, "SELECT count(*) FROM change_log");
                assertTrue(journal >= committed.size());
                LOG.info("kill test: {} changes in the journal ({} committed but killed before reporting),"
                        + " integrity_check ok", journal, journal - committed.size());
            }
            // The store is usable after all that; the children's changes are theirs to undo (ADR 0036), the
            // checker's its own.
            assertTrue(store.undo().isEmpty());
            store.execute(new Change.CreateTag("after the kills"));
            assertTrue(store.undo().isPresent());
        }
    }

    static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
