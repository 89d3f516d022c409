package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.Change;
import org.rapporteur.pipeline.WorkspaceUnusableException.Reason;

/**
 * One workbench window per workspace: a second is refused with who has it; the command line works beside the
 * window; closing the window, or the end of its process, lets the next one in. (Another process holding the lock:
 * {@code WorkbenchStartFailuresTest}.)
 */
class WorkspaceLockTest {
    @TempDir
    Path ws;

    @Test
    void aSecondWindowIsRefusedWithWhoHasTheWorkspace() {
        try (Workspace first = Workspace.openForWindow(ws)) {
            WorkspaceUnusableException e = assertThrows(WorkspaceUnusableException.class,
                    () -> Workspace.openForWindow(ws));
            assertEquals(Reason.IN_USE, e.reason());
            assertTrue(e.getMessage().matches("This workspace \\(.*\\) is open in another Rapporteur window \\("
                    + "process " + ProcessHandle.current().pid() + " since \\d\\d:\\d\\d\\)\\. Switch to that "
                    + "window, or open another workspace\\."), e.getMessage());
            first.annotations().execute(new Change.CreateTag("Still mine", null, "#c0392b", null));
        }
        try (Workspace second = Workspace.openForWindow(ws)) {
            assertEquals("Still mine", second.annotations().resolveTag("Still mine").name(),
                    "closed, the workspace opens in the next window");
        }
    }

    @Test
    void theCommandLineWorksBesideAnOpenWindow() {
        try (Workspace window = Workspace.openForWindow(ws);
             Workspace cli = Workspace.open(ws, ChangeOrigin.COMMAND_LINE)) {
            cli.annotations().execute(new Change.CreateTag("From the CLI", null, "#c0392b", null));
            assertEquals("From the CLI", window.annotations().resolveTag("From the CLI").name());
        }
    }

    @Test
    void theLockFileOfAProcessThatEndedDoesNotBlock() throws Exception {
        Files.createDirectories(ws);
        Files.writeString(ws.resolve(WorkspaceLock.FILE_NAME), "pid=999999\nhost=elsewhere\nsince="
                + "2020-01-01T10:00:00Z\n");
        try (Workspace w = Workspace.openForWindow(ws)) {
            String now = Files.readString(ws.resolve(WorkspaceLock.FILE_NAME));
            assertTrue(now.startsWith("pid=" + ProcessHandle.current().pid() + "\n"), now);
        }
    }

    @Test
    void theHolderIsNamedByProcessHostAndTime() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertEquals("process 1234 since 14:02",
                WorkspaceLock.describe("1234", "me", "2026-12-03T14:02:10Z", "me", ZoneOffset.UTC, today));
        assertEquals("process 1234 on laptop since 1 Dec 09:30",
                WorkspaceLock.describe("1234", "laptop", "2026-12-01T09:30:00Z", "me", ZoneOffset.UTC, today));
        assertEquals("process 77", WorkspaceLock.describe("77", "me", null, "me", ZoneOffset.UTC, today));
        assertEquals("another process", WorkspaceLock.describe(null, null, null, "me", ZoneOffset.UTC, today));
    }
}
