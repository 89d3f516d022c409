package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Change;
import org.rapporteur.index.ClaimIndex;
import org.rapporteur.pipeline.WorkspaceUnusableException.Reason;

/**
 * A workspace a newer Rapporteur wrote is refused, saying which part is newer and what to do, and nothing in it is
 * touched: not the annotation store, not workspace.json, and not the index (a newer index is not rebuilt behind the
 * user's back; deleting it is their choice, and then the workspace opens with its annotations).
 */
class WorkspaceVersionsTest {
    @TempDir
    Path ws;

    private void workspaceWithATag() {
        try (Workspace w = Workspace.open(ws)) {
            w.annotations().execute(new Change.CreateTag("Kept", null, "#c0392b", null));
            w.updateSettings(s -> s.withPreference("theme", "dark"));
        }
    }

    /** Every file's digest, but SQLite's passing -wal/-shm files and the window's lock (not data). */
    private Map<String, String> contents() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ws)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = ws.relativize(f).toString();
                if (!name.endsWith("-wal") && !name.endsWith("-shm") && !name.equals(WorkspaceLock.FILE_NAME)) {
                    out.put(name, digest(f));
                }
            }
        }
        return out;
    }

    private static String digest(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewerAnnotationStoreIsRefusedAndLeftAsItIs() throws Exception {
        workspaceWithATag();
        int newer = AnnotationStore.schemaVersion() + 3;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("annotations.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + newer);
        }
        Map<String, String> before = contents();
        WorkspaceUnusableException e = assertThrows(WorkspaceUnusableException.class, () -> Workspace.open(ws));
        assertEquals(Reason.NEWER_VERSION, e.reason());
        assertEquals("This workspace (" + ws + ") was written by a newer Rapporteur (annotation store version "
                + newer + "; this one reads up to " + AnnotationStore.schemaVersion() + "). Install the newer "
                + "version, or open another workspace.", e.getMessage());
        assertThrows(WorkspaceUnusableException.class, () -> Workspace.openForWindow(ws));
        assertEquals(before, contents(), "nothing in the workspace changed");
    }

    @Test
    void aNewerIndexIsRefusedNotRebuiltAndMayBeDeletedToUseTheWorkspace() throws Exception {
        workspaceWithATag();
        int newer = Integer.parseInt(ClaimIndex.schemaVersion()) + 1;
        try (FSDirectory dir = FSDirectory.open(ws.resolve("index"));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of("rapporteur.schema", Integer.toString(newer)).entrySet());
            w.commit();
        }
        Map<String, String> before = contents();
        WorkspaceUnusableException e = assertThrows(WorkspaceUnusableException.class, () -> Workspace.open(ws));
        assertEquals(Reason.NEWER_VERSION, e.reason());
        assertTrue(e.getMessage().startsWith("This workspace (" + ws + ") was written by a newer Rapporteur (index "
                + "schema " + newer + "; this one reads schema " + ClaimIndex.schemaVersion() + "). Install the "
                + "newer version, or open another workspace; or, to use it with this version, delete its folder "
                + ws.resolve("index")), e.getMessage());
        assertEquals(before, contents(), "the newer index was not rebuilt");

        deleteTree(ws.resolve("index"));
        try (Workspace w = Workspace.open(ws)) {
            assertEquals("Kept", w.annotations().resolveTag("Kept").name(), "the annotations are kept");
        }
    }

    @Test
    void newerSettingsAreRefusedAndNotSavedBackWithoutWhatThisBuildDoesNotKnow() throws Exception {
        workspaceWithATag();
        int newer = WorkspaceSettings.FORMAT_VERSION + 1;
        Files.writeString(ws.resolve("workspace.json"), "{\"version\": " + newer + ", \"corpusRoots\": [], "
                + "\"preferences\": {}, \"workspaceColour\": \"teal\"}");
        Map<String, String> before = contents();
        WorkspaceUnusableException e = assertThrows(WorkspaceUnusableException.class, () -> Workspace.open(ws));
        assertEquals(Reason.NEWER_VERSION, e.reason());
        assertTrue(e.getMessage().contains("(settings format " + newer + " in workspace.json; this one reads up to "
                + WorkspaceSettings.FORMAT_VERSION + ")"), e.getMessage());
        assertEquals(before, contents());
    }

    @Test
    void settingsWrittenBeforeTheFormatHadANumberAreReadAndSavedWithIt() throws Exception {
        Files.writeString(ws.resolve("workspace.json"), "{\"corpusRoots\": [\"/data/reports\"], "
                + "\"preferences\": {\"theme\": \"dark\"}}");
        try (Workspace w = Workspace.open(ws)) {
            assertEquals("dark", w.settings().preferences().get("theme"));
            w.updateSettings(s -> s.withPreference("theme", "light"));
        }
        String saved = Files.readString(ws.resolve("workspace.json"));
        assertTrue(saved.contains("\"version\" : " + WorkspaceSettings.SINGLE_USER_FORMAT), saved);
        assertTrue(saved.contains("/data/reports"), saved);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
