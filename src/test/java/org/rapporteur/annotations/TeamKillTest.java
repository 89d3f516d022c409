package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.ChildJvm;
import org.rapporteur.testing.PgTestCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kill -9 of a team client in the middle of writes (issue 17): a child JVM ({@link TeamStoreWriterMain}) writes single
 * changes and batches to a PostgreSQL store and is killed with SIGKILL ({@code destroyForcibly}) at random moments;
 * every change it reported committed is there afterwards, no batch is half-written, the store's integrity check is
 * ok, and the killed analyst's journal still undoes and redoes.
 */
class TeamKillTest {
    private static final Logger LOG = LoggerFactory.getLogger(TeamKillTest.class);
    static final int ROUNDS = 5;
    static final String ANALYST = "killed-analyst";

    @TempDir
    Path dir;

    @Test
    void killingATeamClientMidWriteLosesNoCommittedChangeAndLeavesNoBatchHalfWritten() throws Exception {
        PgEndpoint team = PgTestCluster.shared().newDatabase();
        Random random = new Random(20261203L);
        List<String> committed = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            Path err = dir.resolve("child" + round + ".err");
            ChildJvm child = start(team, "r" + round, err);
            assertTrue(child.firstLine().await(60, TimeUnit.SECONDS), "child " + round + " wrote nothing: "
                    + Files.readString(err));
            Thread.sleep(200 + random.nextInt(600));
            child.process().destroyForcibly();
            assertTrue(child.process().waitFor(10, TimeUnit.SECONDS));
            child.awaitLines();
            committed.addAll(child.lines());
        }
        LOG.info("team kill test: {} rounds, {} committed changes reported, {} s", ROUNDS, committed.size(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        assertTrue(committed.size() >= ROUNDS * 3, "the children committed something: " + committed.size());

        try (AnnotationStore store = AnnotationStore.openTeam(team, ClaimResolver.none(), ANALYST,
                ChangeOrigin.UNKNOWN)) {
            assertEquals("ok", store.integrityCheck());
            for (String line : committed) {
                String[] f = line.split(" ");
                String label = f[3];
                Tag tag = store.resolveTag(label);
                switch (f[1]) {
                    case "CreateTag" -> assertEquals(Long.parseLong(f[2]), tag.id(), "lost tag " + line);
                    case "Batch" -> {
                        assertEquals(TeamStoreWriterMain.BATCH, store.codingsByTag(tag.id(), false).size(),
                                "batch codings of " + line);
                        assertTrue(store.notes(new Target.Tag(tag.id())).stream().anyMatch(n -> n.text().equals(
                                "batch note " + label)), "lost batch note " + line);
                    }
                    case "AddNote" -> assertTrue(store.notes(new Target.Tag(tag.id())).stream().anyMatch(n -> n.id()
                            == Long.parseLong(f[2]) && n.text().equals("note " + label)), "lost note " + line);
                    default -> throw new AssertionError(line);
                }
            }
            // No batch half-written: every tag has all of its batch (codings and note) or none of it.
            for (Tag t : store.tags()) {
                int codings = store.codingsByTag(t.id(), false).size();
                long batchNotes = store.notes(new Target.Tag(t.id())).stream().filter(n -> n.text().startsWith(
                        "batch note ")).count();
                assertTrue(codings == 0 && batchNotes == 0 || codings == TeamStoreWriterMain.BATCH
                        && batchNotes == 1, t.name() + " has " + codings + " codings and " + batchNotes
                        + " batch notes");
            }
            // Nothing is there without its journal entry, and every journal entry is wholly there.
            try (Connection c = connect(team); Statement s = c.createStatement()) {
                assertEquals(count(s, "SELECT count(*) FROM change_log WHERE type = 'CreateTag'"),
                        count(s, "SELECT count(*) FROM tag"));
                assertEquals(count(s, "SELECT count(*) FROM change_log WHERE type = 'Batch'")
                        * TeamStoreWriterMain.BATCH, count(s, "SELECT count(*) FROM coding"));
                assertEquals(count(s, "SELECT count(*) FROM coding"), count(s, "SELECT count(*) FROM anchor"));
                assertEquals(count(s, "SELECT count(*) FROM change_log WHERE type IN ('Batch', 'AddNote')"),
                        count(s, "SELECT count(*) FROM note"));
                assertTrue(count(s, "SELECT count(*) FROM change_log") >= committed.size());
            }
            // The killed analyst's journal undoes cleanly: the newest batch goes entirely, then comes back.
            List<HistoryEntry> history = store.history(10);
            int undos = 0;
            for (; undos < 3; undos++) {
                assertTrue(store.undo().isPresent(), "undo " + undos + " of " + history);
            }
            assertEquals("ok", store.integrityCheck());
            for (int i = 0; i < undos; i++) {
                assertTrue(store.redo().isPresent(), "redo " + i);
            }
            assertEquals("ok", store.integrityCheck());
            for (Tag t : store.tags()) {
                int codings = store.codingsByTag(t.id(), false).size();
                assertTrue(codings == 0 || codings == TeamStoreWriterMain.BATCH, t.name() + ": " + codings);
            }
        }
    }

    private static ChildJvm start(PgEndpoint team, String prefix, Path err) throws IOException {
        return ChildJvm.start(List.of(), Map.of("TEAM_PGPASSWORD", team.password()), err,
                TeamStoreWriterMain.class.getName(), List.of(team.host(), Integer.toString(team.port()),
                        team.database(), team.user(), ANALYST, prefix));
    }

    private static Connection connect(PgEndpoint e) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", e.user());
        p.setProperty("password", e.password());
        p.setProperty("sslmode", "disable");
        return DriverManager.getConnection("jdbc:postgresql://" + e.host() + ":" + e.port() + "/" + e.database(), p);
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
