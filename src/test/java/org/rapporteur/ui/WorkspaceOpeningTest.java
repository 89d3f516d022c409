package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Workspace;

/** The workspace opened from launch: the application takes that very opening, or opens the one it was asked for. */
class WorkspaceOpeningTest {
    @Test
    void theApplicationTakesTheOpeningTheLauncherStarted(@TempDir Path dir) throws Exception {
        WorkspaceOpening.startEarly(dir);
        WorkspaceOpening taken = WorkspaceOpening.take(dir);
        try (Workspace ws = taken.workspace().get(60, TimeUnit.SECONDS)) {
            assertEquals(dir, ws.dir());
        }
        WorkspaceOpening again = WorkspaceOpening.take(dir);
        assertNotSame(taken, again, "taken once; a second take opens anew");
        again.workspace().get(60, TimeUnit.SECONDS).close();
    }

    @Test
    void anotherFolderIsOpenedAndTheEarlyOneClosed(@TempDir Path a, @TempDir Path b) throws Exception {
        WorkspaceOpening early = WorkspaceOpening.startEarly(a);
        WorkspaceOpening taken = WorkspaceOpening.take(b);
        try (Workspace ws = taken.workspace().get(60, TimeUnit.SECONDS)) {
            assertEquals(b, ws.dir());
        }
        Workspace discarded = early.workspace().get(60, TimeUnit.SECONDS);
        assertEquals(a, discarded.dir());
        long deadline = System.currentTimeMillis() + 10_000;
        while (!closed(discarded) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20); // closed by the future's completion stage, on the opening thread
        }
        assertTrue(closed(discarded), "a workspace nobody took is closed");
    }

    private static boolean closed(Workspace ws) {
        try {
            ws.corpus().claimCount();
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    @Test
    void aFailureToOpenReachesTheApplication(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        WorkspaceOpening opening = WorkspaceOpening.take(file);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> opening.workspace().get(60, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("not-a-folder"), e.getCause().getMessage());
        assertSame(opening.workspace(), opening.workspace());
    }
}
