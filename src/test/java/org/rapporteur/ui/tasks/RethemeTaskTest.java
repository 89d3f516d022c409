package org.rapporteur.ui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.progress.NamedThreadFactory;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.pipeline.Workspace;

/**
 * Re-theming as a background task, without a window: it reports progress and what the core says it does, returns how
 * many claims changed, and a Cancel stops the core at its next check and ends the task as "stopped", not failed.
 */
class RethemeTaskTest {
    @TempDir
    static Path dir;
    private static ExecutorService executor;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        executor = Executors.newSingleThreadExecutor(new NamedThreadFactory("retheme-test"));
    }

    @AfterAll
    static void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void aRunReportsProgressAndHowManyClaimsChanged() throws Exception {
        RethemeTask task = new RethemeTask((progress, cancel) -> {
            progress.progress(0, -1, "Preparing themes by meaning…");
            for (int i = 1; i <= 3; i++) {
                cancel.check();
                progress.progress(i, 3, "Theming claims by meaning: " + i + " of 3 reports");
            }
            return 12;
        });
        executor.execute(task);
        RethemeTask.Outcome outcome = task.get(10, TimeUnit.SECONDS);
        assertEquals(new RethemeTask.Outcome(12, false), outcome);
        assertEquals("Re-themed: 12 claims changed.", outcome.sentence());
        waitUntil(5, () -> task.getProgress() == 1.0
                && task.getMessage().equals("Theming claims by meaning: 3 of 3 reports"));
        assertEquals("Re-themed: 1 claim changed.", new RethemeTask.Outcome(1, false).sentence());
        assertEquals("Re-themed: no claim changed.", new RethemeTask.Outcome(0, false).sentence());
    }

    @Test
    void cancelStopsTheCoreAtItsNextCheckAndTheTaskEndsStoppedNotFailed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        int[] reached = new int[1];
        RethemeTask task = new RethemeTask((progress, cancel) -> {
            started.countDown();
            for (int i = 0; i < 10_000; i++) {
                cancel.check();
                reached[0] = i;
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
            return 99;
        });
        executor.execute(task);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        FxTestSupport.onFx(() -> task.cancel());
        RethemeTask.Outcome outcome = task.get(10, TimeUnit.SECONDS);
        assertTrue(outcome.cancelled());
        assertTrue(task.cancelRequested());
        assertTrue(reached[0] < 9_999, "the core stopped early");
        assertFalse(task.isCancelled(), "the task succeeds with a stopped outcome (its handlers run)");
        assertTrue(outcome.sentence().startsWith("Re-theming stopped"));
    }

    @Test
    void theWorkspacesRetagRunsAsTheTaskAndCanBeStopped() throws Exception {
        try (Workspace ws = FxTestSupport.freshWorkspace(dir.resolve("ws"))) {
            RethemeTask full = new RethemeTask((p, c) -> ws.themes().retag(p, c));
            executor.execute(full);
            RethemeTask.Outcome done = full.get(300, TimeUnit.SECONDS);
            assertFalse(done.cancelled());
            assertTrue(done.changed() >= 0);

            RethemeTask stopped = new RethemeTask((p, c) -> {
                c.cancel(); // as if Cancel came before the first report
                return ws.themes().retag(p, c);
            });
            executor.execute(stopped);
            assertTrue(stopped.get(60, TimeUnit.SECONDS).cancelled());
        }
    }
}
