package org.rapporteur.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.pipeline.WorkspaceUnusableException;

/**
 * File ▸ Open workspace… opens a folder as the start does: a workspace or an empty folder, never a folder of reports,
 * and not a workspace another window holds (its lock, ADR 0028) — two windows writing one store is what the lock is for.
 */
class WorkspaceFolderChoiceTest {
    @TempDir
    Path tmp;

    @Test
    void aWorkspaceAnotherWindowHoldsIsRefusedAndOpensOnceThatWindowClosed() throws Exception {
        Path ws = tmp.resolve("shared");
        try (Workspace held = Workspace.openForWindow(ws)) {
            WorkspaceUnusableException e = assertThrows(WorkspaceUnusableException.class,
                    () -> WorkspaceFolderChoice.open(ws));
            assertEquals(WorkspaceUnusableException.Reason.IN_USE, e.reason());
        }
        try (Workspace opened = WorkspaceFolderChoice.open(ws)) {
            assertEquals(ws, opened.dir());
            // and while this one holds it, a window opening at start is refused in turn
            assertThrows(WorkspaceUnusableException.class, () -> Workspace.openForWindow(ws));
        }
    }

    @Test
    void aFolderOfReportsIsRefusedAndLeftUntouched() throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(reports.resolve("brief.txt"), "An invented brief about trade corridors.\n");
        RapporteurException e = assertThrows(RapporteurException.class, () -> WorkspaceFolderChoice.open(reports));
        assertTrue(e.getMessage().contains("File ▸ Add folder…"), e.getMessage());
        try (var files = Files.list(reports)) {
            assertEquals(1, files.count(), "nothing was written into the folder of reports");
        }
    }
}
