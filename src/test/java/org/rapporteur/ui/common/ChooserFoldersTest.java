package org.rapporteur.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Workspace;

/**
 * Where the export, import and add-files choosers open: the documents folder (XDG's, else ~/Documents, else home)
 * until a file is chosen, then the folder of the last choice for the same purpose, remembered in the workspace —
 * never the folder Rapporteur runs in.
 */
class ChooserFoldersTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentsFolderIsXdgsThenDocumentsThenHome() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        assertEquals(home, ChooserFolders.documentsFolder(home, null), "no documents folder: home");
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertEquals(documents, ChooserFolders.documentsFolder(home, null));

        Path config = Files.createDirectories(home.resolve(".config"));
        Path dokumente = Files.createDirectories(home.resolve("Dokumente"));
        Files.writeString(config.resolve("user-dirs.dirs"), """
                # written by xdg-user-dirs-update
                XDG_DESKTOP_DIR="$HOME/Schreibtisch"
                XDG_DOCUMENTS_DIR="$HOME/Dokumente"
                """);
        assertEquals(dokumente, ChooserFolders.documentsFolder(home, null), "the desktop's own name for it");
        Path elsewhere = Files.createDirectories(dir.resolve("xdg"));
        Files.writeString(elsewhere.resolve("user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"/nonexistent/papers\"\n");
        assertEquals(documents, ChooserFolders.documentsFolder(home, elsewhere),
                "XDG_CONFIG_HOME is read, and a folder that does not exist is skipped");
    }

    @Test
    void aRememberedFolderWinsWhileItExists() throws Exception {
        Path documents = Files.createDirectories(dir.resolve("Documents"));
        Path exports = Files.createDirectories(dir.resolve("exports"));
        assertEquals(documents, ChooserFolders.initialFolder(null, documents));
        assertEquals(documents, ChooserFolders.initialFolder("", documents));
        assertEquals(exports, ChooserFolders.initialFolder(exports.toString(), documents));
        assertEquals(documents, ChooserFolders.initialFolder("relative/folder", documents), "only absolute paths");
        assertEquals(documents, ChooserFolders.initialFolder("\0bad", documents), "a value that is no path");
        Files.delete(exports);
        assertEquals(documents, ChooserFolders.initialFolder(exports.toString(), documents), "gone: documents");
    }

    @Test
    void eachChooserRemembersItsLastFolderInTheWorkspace() throws Exception {
        Path wsDir = dir.resolve("ws");
        Path exports = Files.createDirectories(dir.resolve("out"));
        Path reports = Files.createDirectories(dir.resolve("papers/2024"));
        File firstExport;
        try (Workspace ws = Workspace.open(wsDir)) {
            ChooserFolders folders = new ChooserFolders(ws, Runnable::run);
            firstExport = folders.initial(ChooserFolders.Purpose.EXPORT);
            assertNotEquals(Path.of("").toAbsolutePath().toFile(), firstExport,
                    "not the folder Rapporteur was started from");
            assertEquals(ChooserFolders.documentsFolder(Path.of(System.getProperty("user.home")),
                    System.getenv("XDG_CONFIG_HOME") == null ? null : Path.of(System.getenv("XDG_CONFIG_HOME")))
                    .toFile(), firstExport);
            folders.chosen(ChooserFolders.Purpose.EXPORT, exports.resolve("proxies.md"));
            folders.chosen(ChooserFolders.Purpose.REPORTS, reports); // a folder added: its parent is shown next
            assertEquals(exports.toFile(), folders.initial(ChooserFolders.Purpose.EXPORT));
            assertEquals(firstExport, folders.initial(ChooserFolders.Purpose.IMPORT), "each purpose its own");
        }
        try (Workspace ws = Workspace.open(wsDir)) {
            ChooserFolders folders = new ChooserFolders(ws, Runnable::run);
            assertEquals(exports.toFile(), folders.initial(ChooserFolders.Purpose.EXPORT), "kept in workspace.json");
            assertEquals(reports.getParent().toFile(), folders.initial(ChooserFolders.Purpose.REPORTS));
        }
    }
}
