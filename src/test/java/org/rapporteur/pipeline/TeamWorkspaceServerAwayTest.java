package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeKeptException;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.Tag;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.testing.TeamHome;

/**
 * A team workspace open as the workbench keeps it (following changes) when its server is stopped and started (issue
 * 17): the status says so, a tag made meanwhile waits in {@code team-pending.jsonl} next to {@code workspace.json},
 * and it is in the team's database once the server is back, without reopening the workspace.
 */
class TeamWorkspaceServerAwayTest {
    @TempDir
    Path dir;
    PgTestCluster server;
    PgEndpoint team;
    TeamHome home;
    Path ws;

    @BeforeEach
    void setUp() throws Exception {
        server = PgTestCluster.startNew();
        team = server.newDatabase();
        home = new TeamHome(dir, team);
        ws = dir.resolve("ws");
        TeamService.join(ws, TeamHome.url(team), null, false, ProgressListener.NONE, Cancellation.NEVER);
    }

    @AfterEach
    void tearDown() {
        home.close();
        server.close();
    }

    @Test
    void aTagMadeWhileTheServerIsAwayWaitsBesideTheWorkspaceAndIsWrittenWhenItIsBack() throws Exception {
        try (Workspace w = Workspace.open(ws)) {
            Annotations a = w.annotations();
            a.watchOtherProcesses();
            a.execute(new Change.CreateTag("Before"));

            server.stop();
            assertTrue(waitFor(() -> a.health().state() == StoreHealth.State.LOST), "the status says it is lost");
            assertEquals(StoreHealth.State.LOST, w.teamStatus().health().state());
            ChangeKeptException kept = assertThrows(ChangeKeptException.class,
                    () -> a.execute(new Change.CreateTag("While away")));
            assertTrue(kept.getMessage().contains("kept on this machine"), kept.getMessage());
            Path pending = ws.resolve(AnnotationStore.PENDING_FILE_NAME);
            assertTrue(Files.readString(pending).contains("While away"));

            server.start();
            assertTrue(waitFor(() -> a.health().state() == StoreHealth.State.CONNECTED
                    && a.health().pendingChanges() == 0), "back by itself: " + a.health());
            assertEquals(java.util.List.of("Before", "While away"), a.tags().stream().map(Tag::name).toList());
            assertFalse(Files.exists(pending));
        }
    }

    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
