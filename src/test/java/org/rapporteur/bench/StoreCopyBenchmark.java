package org.rapporteur.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.annotations.StoreCopier;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.PgTestCluster;

/**
 * How long moving a workspace of 50,000 codings (each with its anchor, journal entry, row image and event: 250,000
 * rows) into a team database and back takes, copy and check included. Run with
 * {@code bin/test -Dtest=StoreCopyBenchmark -Dgroups=bench -Dtest.excludedGroups=none}; prints the figures.
 */
@Tag("bench")
class StoreCopyBenchmark {
    static final int CODINGS = Integer.getInteger("rapporteur.bench.codings", 50_000);

    @TempDir
    Path dir;

    @Test
    void moveFiftyThousandCodingsIntoATeamAndBack() throws Exception {
        Path file = dir.resolve("annotations.db");
        try (AnnotationStore s = AnnotationStore.open(file, claimId -> java.util.Optional.empty(), "bench")) {
            s.execute(new org.rapporteur.annotations.Change.CreateTag("Bench"));
        }
        fill(file);
        PgEndpoint team = PgTestCluster.shared().newDatabase();
        long t0 = System.nanoTime();
        StoreCopier.CopyReport in = StoreCopier.toTeam(file, team, ProgressListener.NONE, Cancellation.NEVER);
        long t1 = System.nanoTime();
        StoreCopier.CopyReport out = StoreCopier.fromTeam(team, dir.resolve("back.db"), ProgressListener.NONE,
                Cancellation.NEVER);
        long t2 = System.nanoTime();
        assertEquals(in.rows(), out.rows());
        System.out.printf(Locale.ROOT, "StoreCopyBenchmark: %d rows; SQLite -> PostgreSQL %.1f s (%.0f rows/s), PostgreSQL -> "
                        + "SQLite %.1f s (%.0f rows/s)%n", in.totalRows(), (t1 - t0) / 1e9,
                in.totalRows() / ((t1 - t0) / 1e9), (t2 - t1) / 1e9, out.totalRows() / ((t2 - t1) / 1e9));
    }

    private static void fill(Path file) throws Exception {
        String now = "2026-12-03T21:00:00Z";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement anchor = c.prepareStatement("INSERT INTO anchor (report_id, claim_id, exact, prefix,"
                    + " suffix, start_pos, end_pos, status, method, score, anchored_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                    + " 'ANCHORED', 'EXACT', 1.0, ?)");
                 PreparedStatement coding = c.prepareStatement("INSERT INTO coding (tag_id, anchor_id, target_kind,"
                         + " creator, created_at, modified_at) VALUES (1, ?, 'CLAIM', 'bench', ?, ?)");
                 PreparedStatement log = c.prepareStatement("INSERT INTO change_log (type, change_json, summary,"
                         + " entity_id, state, creator, created_at, origin) VALUES ('AddCoding', ?, ?, ?, 'DONE',"
                         + " 'bench', ?, 'COMMAND_LINE')");
                 PreparedStatement row = c.prepareStatement("INSERT INTO change_row (change_id, ord, table_name,"
                         + " row_id, before_json, after_json) VALUES (?, 0, 'coding', ?, NULL, ?)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO change_event (change_id, action, type,"
                         + " summary, entity_id, claim_ids, report_ids, codebook_changed, creator, at, origin) VALUES"
                         + " (?, 'DONE', 'AddCoding', ?, ?, ?, ?, 0, 'bench', ?, 'COMMAND_LINE')")) {
                for (int i = 1; i <= CODINGS; i++) {
                    String report = "report" + (i % 400);
                    String claim = "claim" + i;
                    anchor.setString(1, report);
                    anchor.setString(2, claim);
                    anchor.setString(3, "The words of claim number " + i + " as the analyst coded them.");
                    anchor.setString(4, "before " + i);
                    anchor.setString(5, "after " + i);
                    anchor.setInt(6, i * 10);
                    anchor.setInt(7, i * 10 + 60);
                    anchor.setString(8, now);
                    anchor.executeUpdate();
                    coding.setInt(1, i);
                    coding.setString(2, now);
                    coding.setString(3, now);
                    coding.executeUpdate();
                    log.setString(1, "{\"type\":\"AddCoding\",\"tagId\":1,\"claim\":\"" + claim + "\"}");
                    log.setString(2, "tag 'Bench' on claim " + i);
                    log.setInt(3, i);
                    log.setString(4, now);
                    log.executeUpdate();
                    row.setInt(1, i + 1);
                    row.setInt(2, i);
                    row.setString(3, "{\"id\":" + i + ",\"tag_id\":1,\"anchor_id\":" + i + "}");
                    row.executeUpdate();
                    event.setInt(1, i + 1);
                    event.setString(2, "tag 'Bench' on claim " + i);
                    event.setInt(3, i);
                    event.setString(4, "[\"" + claim + "\"]");
                    event.setString(5, "[\"" + report + "\"]");
                    event.setString(6, now);
                    event.executeUpdate();
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }
}
