package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.testing.PgTestCluster;

/**
 * Two analysts on one team database (issue 17): each change reaches the other's open store as it commits, through
 * LISTEN/NOTIFY and not the safety poll (set to ten minutes here), with who made it; and each store sees who else is
 * connected.
 */
class LiveCollaborationTest {
    /** Far longer than any wait below: a change that arrives came by notification. */
    private static final Duration NO_POLL = Duration.ofMinutes(10);

    TestReports reports;
    Claim pipeline;
    Claim costs;

    @BeforeEach
    void claims() {
        reports = new TestReports();
        String reportId = reports.add(AnnotationStoreContract.TEXT);
        pipeline = reports.claimWith(reportId, "new pipeline");
        costs = reports.claimWith(reportId, "costs were hidden");
    }

    @Test
    void aCodingReachesTheOtherAnalystsStoreThroughNotifyWithWhoMadeIt() throws Exception {
        try (Listening two = Listening.open(reports)) {
            AnnotationStore ann = two.ann();
            AnnotationStore bea = two.bea();
            BlockingQueue<ChangeEvent> heardByBea = two.heardByBea();
            long tag = ann.execute(new Change.CreateTag("Proxies")).entityId();
            // The first event may come by the follower's catch-up when it connects; after it, it is listening.
            assertEquals("CreateTag", heardByBea.poll(10, TimeUnit.SECONDS).type());

            for (Claim claim : List.of(pipeline, costs)) {
                ChangeEvent made = ann.execute(new Change.AddCoding(tag, Target.claim(claim.id())));
                ChangeEvent heard = heardByBea.poll(5, TimeUnit.SECONDS);
                assertTrue(heard != null, "the coding arrived without the ten-minute poll");
                assertEquals(made.eventId(), heard.eventId());
                assertTrue(heard.external());
                assertEquals("ann", heard.user());
                assertEquals(ChangeOrigin.WORKBENCH, heard.origin());
                assertEquals(java.util.Set.of(claim.id()), heard.claimIds());
            }
            assertEquals(List.of("Proxies"), bea.tagPathsForClaim(costs.id()));
            assertTrue(heardByBea.isEmpty(), "each change heard once");
        }
    }

    @Test
    void aChangeThatRollsBackIsNeverAnnounced() throws Exception {
        try (Listening two = Listening.open(reports)) {
            AnnotationStore ann = two.ann();
            AnnotationStore bea = two.bea();
            BlockingQueue<ChangeEvent> heardByBea = two.heardByBea();
            long tag = ann.execute(new Change.CreateTag("Energy")).entityId();
            heardByBea.poll(10, TimeUnit.SECONDS);
            assertFalse(tryExecute(ann, new Change.CreateTag("energy")), "a clash is refused");
            ann.execute(new Change.RenameTag(tag, "Power"));
            ChangeEvent next = heardByBea.poll(5, TimeUnit.SECONDS);
            assertEquals("RenameTag", next.type(), "the refused change left nothing to hear");
        }
    }

    @Test
    void membersListEveryOpenStoreOnceAndMarkItsOwn() throws Exception {
        PgTestCluster cluster = PgTestCluster.shared();
        PgEndpoint team = cluster.newDatabase();
        PgEndpoint beaLogin = cluster.addMember(team, "bea_" + System.nanoTime(), "bea-secret");
        try (AnnotationStore ann = AnnotationStore.openTeam(team, reports, "ann", ChangeOrigin.WORKBENCH)) {
            ann.followChanges(NO_POLL); // its listening connection is not a second member
            try (AnnotationStore bea = AnnotationStore.openTeam(beaLogin, reports, "bea", ChangeOrigin.COMMAND_LINE)) {
                bea.followChanges(NO_POLL);
                List<TeamMember> seenByAnn = ann.members();
                assertEquals(List.of("ann", "bea"), seenByAnn.stream().map(TeamMember::user).sorted().toList(),
                        seenByAnn.toString());
                TeamMember self = seenByAnn.stream().filter(TeamMember::self).findFirst().orElseThrow();
                assertEquals("ann", self.user());
                assertEquals(ChangeOrigin.WORKBENCH, self.origin());
                assertTrue(self.since() != null, "a role sees its own connection's start");
                TeamMember other = seenByAnn.stream().filter(m -> !m.self()).findFirst().orElseThrow();
                assertEquals(ChangeOrigin.COMMAND_LINE, other.origin(), "another role's connection is named too");
                assertEquals(null, other.since(), "but its start is hidden from a role without pg_read_all_stats");
                assertEquals(null, other.host());
                List<TeamMember> seenByBea = bea.members();
                assertEquals("bea", seenByBea.stream().filter(TeamMember::self).findFirst().orElseThrow().user());
            }
            assertTrue(waitFor(() -> ann.members().size() == 1, 10_000), "a closed store leaves the list");
        }
    }

    /** Ann and Bea on a new team database, Bea following the changes (no poll) and keeping what she hears. */
    private record Listening(AnnotationStore ann, AnnotationStore bea, BlockingQueue<ChangeEvent> heardByBea)
            implements AutoCloseable {
        static Listening open(TestReports reports) {
            PgEndpoint team = PgTestCluster.shared().newDatabase();
            AnnotationStore ann = AnnotationStore.openTeam(team, reports, "ann", ChangeOrigin.WORKBENCH);
            AnnotationStore bea = AnnotationStore.openTeam(team, reports, "bea", ChangeOrigin.WORKBENCH);
            BlockingQueue<ChangeEvent> heard = new LinkedBlockingQueue<>();
            bea.addListener(heard::add);
            bea.followChanges(NO_POLL);
            return new Listening(ann, bea, heard);
        }

        @Override
        public void close() {
            try (ann) {
                bea.close();
            }
        }
    }

    private static boolean tryExecute(AnnotationStore s, Change c) {
        try {
            s.execute(c);
            return true;
        } catch (AnnotationException refused) {
            return false;
        }
    }

    static boolean waitFor(BooleanSupplier condition, long ms) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
