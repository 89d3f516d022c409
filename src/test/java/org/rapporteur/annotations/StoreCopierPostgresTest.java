package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.PgTestCluster;

/** Moving a body of annotations SQLite → PostgreSQL → SQLite on a real server: nothing lost, nothing changed. */
class StoreCopierPostgresTest {
    @TempDir
    Path dir;
    TestReports reports;
    Path original;
    PgEndpoint team;

    @BeforeEach
    void fill() {
        reports = new TestReports();
        original = dir.resolve("original.db");
        try (AnnotationStore store = AnnotationStore.open(original, reports, "maria")) {
            StoreContents.fill(store, reports);
        }
        team = PgTestCluster.shared().newDatabase();
    }

    private Map<String, List<String>> dumpTeam() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", team.user());
        p.setProperty("password", team.password());
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + team.host() + ":" + team.port() + "/"
                + team.database(), p)) {
            return StoreContents.dump(c, false);
        }
    }

    @Test
    void theRoundTripThroughATeamDatabaseGivesIdenticalTables() throws Exception {
        StoreCopier.CopyReport in = StoreCopier.toTeam(original, team, ProgressListener.NONE, Cancellation.NEVER);
        Map<String, List<String>> before = StoreContents.dump(original);
        Map<String, List<String>> inTeam = dumpTeam();
        for (String t : before.keySet()) {
            assertEquals(before.get(t), inTeam.get(t), "table " + t + " in the team database");
        }
        Path back = dir.resolve("back.db");
        StoreCopier.CopyReport out = StoreCopier.fromTeam(team, back, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(in.rows(), out.rows());
        assertEquals(before, StoreContents.dump(back));
    }

    @Test
    void theTeamStoreWorksOnFromTheCopiedIdsAndJournal() {
        StoreCopier.toTeam(original, team, ProgressListener.NONE, Cancellation.NEVER);
        try (AnnotationStore local = AnnotationStore.open(original, reports, "maria");
             AnnotationStore shared = AnnotationStore.openTeam(team, reports, "maria", ChangeOrigin.UNKNOWN)) {
            assertEquals(local.tags(), shared.tags());
            assertEquals(local.orphans(), shared.orphans());
            assertEquals(local.codingsByReport(local.orphans().getFirst().anchor().reportId()).size(),
                    shared.codingsByReport(local.orphans().getFirst().anchor().reportId()).size());
            long a = local.execute(new Change.CreateTag("Next")).entityId();
            long b = shared.execute(new Change.CreateTag("Next")).entityId();
            assertEquals(a, b, "the team's next id is past every id the workspace handed out, deleted ones too");
            local.undo();
            shared.undo();
            assertEquals(local.tags(), shared.tags());
        }
    }

    @Test
    void aTeamDatabaseThatHoldsAnnotationsIsRefusedAndKeepsThem() throws Exception {
        try (AnnotationStore shared = AnnotationStore.openTeam(team, reports, "zoe", ChangeOrigin.UNKNOWN)) {
            shared.execute(new Change.CreateTag("Zoe's"));
        }
        Map<String, List<String>> before = dumpTeam();
        AnnotationException e = assertThrows(AnnotationException.class,
                () -> StoreCopier.toTeam(original, team, ProgressListener.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().contains(team.describe() + " already holds annotations"), e.getMessage());
        assertEquals(before, dumpTeam());
    }

    @Test
    void aFailedCopyOutOfTheTeamLeavesNoFileBehind() {
        try (AnnotationStore shared = AnnotationStore.openTeam(team, reports, "zoe", ChangeOrigin.UNKNOWN)) {
            shared.execute(new Change.CreateTag("Zoe's"));
        }
        Path occupied = dir.resolve("occupied.db");
        try (AnnotationStore s = AnnotationStore.open(occupied, reports, "maria")) {
            s.execute(new Change.CreateTag("Mine"));
        }
        assertThrows(AnnotationException.class,
                () -> StoreCopier.fromTeam(team, occupied, ProgressListener.NONE, Cancellation.NEVER));
        assertTrue(Files.exists(occupied), "an existing file is never deleted");
        assertEquals(1, StoreCopier.rowsIn(team) > 0 ? 1 : 0);
    }
}
