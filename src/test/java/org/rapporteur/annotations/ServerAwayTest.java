package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Claim;
import org.rapporteur.testing.PgTestCluster;

/**
 * The team's server stopped and started under an open store (issue 17): health goes LOST with a sentence and back to
 * CONNECTED by itself; what the analyst does meanwhile is kept on this machine and written when the server is back,
 * in order; a kept change the server then refuses is listed, not dropped; a crash while changes wait loses none and
 * writes none twice. A server of the test's own, since it is stopped.
 */
class ServerAwayTest {
    @TempDir
    Path dir;
    PgTestCluster server;
    PgEndpoint team;
    TestReports reports;
    Claim pipeline;
    Claim costs;

    @BeforeEach
    void startServer() {
        server = PgTestCluster.startNew();
        team = server.newDatabase();
        reports = new TestReports();
        String reportId = reports.add(AnnotationStoreContract.TEXT);
        pipeline = reports.claimWith(reportId, "new pipeline");
        costs = reports.claimWith(reportId, "costs were hidden");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    AnnotationStore open(String user) {
        return AnnotationStore.openTeam(team, reports, user, ChangeOrigin.WORKBENCH);
    }

    @Test
    void changesKeptWhenTheSessionEndsBeforeTheServerIsBackAreWrittenByTheNextSession() throws Exception {
        Path pending = dir.resolve("team-pending.jsonl");
        long tag;
        try (AnnotationStore ann = open("ann")) {
            ann.keepChangesWhileAwayIn(pending);
            ann.followChanges(Duration.ofMinutes(10));
            tag = ann.execute(new Change.CreateTag("Proxies")).entityId();

            server.stop();
            assertTrue(LiveCollaborationTest.waitFor(() -> ann.health().state() == StoreHealth.State.LOST, 10_000),
                    "the follower notices the server is gone");
            StoreHealth lost = ann.health();
            assertTrue(lost.message().startsWith("The team server " + team.describe() + " cannot be reached since"),
                    lost.message());
            ChangeKeptException kept = assertThrows(ChangeKeptException.class,
                    () -> ann.execute(new Change.AddCoding(tag, Target.claim(pipeline.id()))));
            assertTrue(kept.getMessage().contains("is kept on this machine and will be written when the server is"
                    + " back"), kept.getMessage());
            assertThrows(ChangeKeptException.class, () -> ann.execute(new Change.AddNote(
                    Target.claim(pipeline.id()), "typed while the server was away")));
            assertEquals(2, ann.health().pendingChanges());
        } // closed with both waiting, as a crash or a closed workbench leaves them
        assertEquals(2, Files.readAllLines(pending).size(), "both changes were on disk before the analyst was told");

        server.start();
        try (AnnotationStore ann = open("ann")) {
            ann.keepChangesWhileAwayIn(pending);
            assertEquals(0, ann.health().pendingChanges());
            assertEquals(List.of("Proxies"), ann.tagPathsForClaim(pipeline.id()), "the kept coding was written");
            assertEquals("typed while the server was away", ann.notes(Target.claim(pipeline.id())).getFirst()
                    .text());
            assertTrue(!Files.exists(pending), "nothing is left waiting");
        }
    }

    @Test
    void healthGoesLostThenConnectedAndAChangeMadeInBetweenIsWrittenInOrder() throws Exception {
        Path pending = dir.resolve("team-pending.jsonl");
        try (AnnotationStore ann = open("ann"); AnnotationStore bea = open("bea")) {
            ann.keepChangesWhileAwayIn(pending);
            List<StoreHealth> heard = new CopyOnWriteArrayList<>();
            ann.addHealthListener(heard::add);
            ann.followChanges(Duration.ofMinutes(10));
            long tag = ann.execute(new Change.CreateTag("Proxies")).entityId();
            long doomed = bea.execute(new Change.CreateTag("Doomed")).entityId();
            bea.execute(new Change.DeleteTag(doomed));

            server.stop();
            assertTrue(LiveCollaborationTest.waitFor(() -> ann.health().state() == StoreHealth.State.LOST, 10_000));
            assertThrows(ChangeKeptException.class, () -> ann.execute(new Change.RenameTag(tag, "Proxy wars")));
            // ann's screen still showed the tag bea deleted: this one will be refused when the server is back
            assertThrows(ChangeKeptException.class,
                    () -> ann.execute(new Change.AddCoding(doomed, Target.claim(costs.id()))));
            assertThrows(ChangeKeptException.class,
                    () -> ann.execute(new Change.AddCoding(tag, Target.claim(pipeline.id()))));
            assertEquals(3, ann.health().pendingChanges());
            assertTrue(ann.health().message().contains("3 changes kept on this machine"), ann.health().message());

            server.start();
            assertTrue(LiveCollaborationTest.waitFor(() -> ann.health().state() == StoreHealth.State.CONNECTED
                    && ann.health().pendingChanges() == 0, 30_000), "reconnected without a restart: " + ann.health());
            assertEquals(List.of("Proxy wars"), bea.tagPathsForClaim(pipeline.id()),
                    "the rename was written before the coding, as the analyst made them");
            List<UnwrittenChange> refused = ann.unwrittenChanges();
            assertEquals(1, refused.size());
            assertTrue(refused.getFirst().reason().contains("No tag with id " + doomed), refused.toString());
            assertTrue(ann.health().message().contains("1 change made while the server was away could not be"
                    + " written"), ann.health().message());
            List<StoreHealth.State> states = heard.stream().map(StoreHealth::state).distinct().toList();
            assertEquals(List.of(StoreHealth.State.LOST, StoreHealth.State.CONNECTED), states);

            ann.execute(new Change.AddCoding(tag, Target.claim(costs.id())));
            assertEquals(List.of("Proxy wars"), bea.tagPathsForClaim(costs.id()), "and it works as before");
        }
        try (AnnotationStore later = open("ann")) {
            later.keepChangesWhileAwayIn(pending);
            assertEquals(1, later.unwrittenChanges().size(), "the unwritten list outlives the session");
            later.forgetUnwrittenChanges();
            assertTrue(later.unwrittenChanges().isEmpty());
        }
    }

    @Test
    void withoutAFollowerTheStoresOwnCallsSayLostAndBackAndWriteWhatWasKept() throws Exception {
        // A command-line process: no follower thread; its calls are what notice the server.
        try (AnnotationStore cli = AnnotationStore.openTeam(team, reports, "ann", ChangeOrigin.COMMAND_LINE)) {
            long tag = cli.execute(new Change.CreateTag("Proxies")).entityId();
            server.stop();
            StoreUnavailableException away = assertThrows(StoreUnavailableException.class,
                    () -> cli.execute(new Change.AddCoding(tag, Target.claim(pipeline.id()))));
            assertTrue(!(away instanceof ChangeKeptException), "without a file to keep it in, it is refused");
            assertEquals(StoreHealth.State.LOST, cli.health().state());

            cli.keepChangesWhileAwayIn(dir.resolve(AnnotationStore.PENDING_FILE_NAME));
            assertThrows(ChangeKeptException.class,
                    () -> cli.execute(new Change.AddCoding(tag, Target.claim(pipeline.id()))));
            server.start();
            cli.execute(new Change.AddCoding(tag, Target.claim(costs.id())));
            assertEquals(StoreHealth.State.CONNECTED, cli.health().state());
            assertEquals(0, cli.health().pendingChanges());
            List<String> order = cli.history(2).stream().map(HistoryEntry::summary).toList();
            assertTrue(order.getLast().contains("new pipeline") && order.getFirst().contains("costs were"),
                    "the kept coding was written first: " + order);
        }
    }

    @Test
    void aKeptChangeThatReachedTheServerBeforeACrashIsNotWrittenTwice() throws Exception {
        Path pending = dir.resolve("team-pending.jsonl");
        long tag;
        try (AnnotationStore ann = open("ann")) {
            tag = ann.execute(new Change.CreateTag("Proxies")).entityId();
        }
        // The crash: the change was committed with its key, but its line was still in the file.
        PendingChanges file = new PendingChanges(pending);
        file.keep("key-1", "ann", "2026-12-03T21:00:00Z", new Change.AddCoding(tag, Target.claim(pipeline.id())));
        try (AnnotationStore ann = open("ann")) {
            ann.keepChangesWhileAwayIn(pending);
            assertEquals(1, ann.codingsByTag(tag, false).size());
        }
        new PendingChanges(pending).keep("key-1", "ann", "2026-12-03T21:00:00Z",
                new Change.AddCoding(tag, Target.claim(pipeline.id())));
        try (AnnotationStore ann = open("ann")) {
            ann.keepChangesWhileAwayIn(pending);
            assertEquals(1, ann.codingsByTag(tag, false).size(), "the key is in the journal: written once");
            assertEquals(0, ann.health().pendingChanges());
            assertTrue(ann.unwrittenChanges().isEmpty());
        }
    }

    @Test
    void aLineCutByACrashWhileItWasWrittenIsListedNotDropped() throws Exception {
        Path pending = dir.resolve("team-pending.jsonl");
        long tag;
        try (AnnotationStore ann = open("ann")) {
            tag = ann.execute(new Change.CreateTag("Proxies")).entityId();
        }
        new PendingChanges(pending).keep("key-1", "ann", "2026-12-03T21:00:00Z",
                new Change.AddCoding(tag, Target.claim(pipeline.id())));
        Files.writeString(pending, "{\"key\":\"key-2\",\"user\":\"ann\",\"change\":{\"@type\":\"Change.AddNo",
                java.nio.file.StandardOpenOption.APPEND);
        try (AnnotationStore ann = open("ann")) {
            ann.keepChangesWhileAwayIn(pending);
            assertEquals(1, ann.codingsByTag(tag, false).size(), "the whole line was written");
            assertEquals(1, ann.unwrittenChanges().size(), "the cut one is listed with its text");
            assertTrue(ann.unwrittenChanges().getFirst().description().contains("key-2"));
        }
    }
}
