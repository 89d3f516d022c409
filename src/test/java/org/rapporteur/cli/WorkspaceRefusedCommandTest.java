package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.pipeline.Workspace;

/**
 * A workspace the command line cannot use is refused with the workbench's sentence and the command line's way to
 * another workspace, exit code 1; an open workbench window does not stop the command line.
 */
class WorkspaceRefusedCommandTest {
    @TempDir
    Path ws;

    @Test
    void aNewerWorkspaceIsAUserErrorSaidPlainly() throws Exception {
        Workspace.open(ws).close();
        assertEquals(ExitCodes.OK, CliRun.run(ws, "tag", "add", "Kept").exit());
        int newer = AnnotationStore.schemaVersion() + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("annotations.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + newer);
        }
        CliRun r = CliRun.run(ws, "tag", "list");
        assertEquals(ExitCodes.USER_ERROR, r.exit(), r.err());
        assertEquals("rapporteur: This workspace (" + ws + ") was written by a newer Rapporteur (annotation store "
                + "version " + newer + "; this one reads up to " + AnnotationStore.schemaVersion() + "). Install the "
                + "newer version, or use another workspace (--workspace DIR).", r.err().strip());
    }

    @Test
    void theCommandLineTagsBesideAnOpenWindow() throws Exception {
        Workspace.open(ws).close();
        assertEquals(ExitCodes.OK, CliRun.run(ws, "tag", "add", "First").exit());
        try (Workspace window = Workspace.openForWindow(ws)) {
            CliRun r = CliRun.run(ws, "tag", "add", "Beside the window");
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            assertTrue(window.annotations().tags().stream().anyMatch(t -> t.name().equals("Beside the window")));
        }
    }
}
