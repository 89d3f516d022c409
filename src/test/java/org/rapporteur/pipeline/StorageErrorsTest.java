package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.WorkspaceUnusableException.Reason;

/**
 * A read-only, unwritable or full disk is recognised in each form the JDK, Lucene and SQLite report it in, and said
 * as one sentence naming the workspace and what to do; other failures are left to their own messages.
 */
class StorageErrorsTest {
    @TempDir
    Path ws;

    private Optional<WorkspaceUnusableException> explain(Throwable e) {
        return StorageErrors.explain(ws, e);
    }

    private void assertReason(Reason expected, Throwable e) {
        Optional<WorkspaceUnusableException> w = explain(e);
        assertTrue(w.isPresent(), "recognised: " + e);
        assertEquals(expected, w.get().reason(), w.get().getMessage());
        assertTrue(w.get().getMessage().contains(ws.toString()), w.get().getMessage());
        assertTrue(w.get().getMessage().contains("open another workspace"), w.get().getMessage());
    }

    @Test
    void aFullDiskInTheWordsOfTheJdkLuceneAndSqlite() {
        assertReason(Reason.DISK_FULL, new IOException("No space left on device"));
        assertReason(Reason.DISK_FULL, new FileSystemException(ws.resolve("index/_0.cfs").toString(), null,
                "No space left on device"));
        // Lucene: the writer closes itself on a tragic disk error; later writes meet AlreadyClosedException
        assertReason(Reason.DISK_FULL, new AlreadyClosedException("this IndexWriter is closed",
                new IOException("No space left on device")));
        RapporteurException commit = new RapporteurException("Cannot commit the index: x", new IOException("x"));
        commit.getCause().addSuppressed(new IOException("No space left on device"));
        assertReason(Reason.DISK_FULL, commit);
        assertReason(Reason.DISK_FULL, new AnnotationException("The annotation store failed: [SQLITE_FULL] "
                + "Insertion failed because database is full (database or disk is full)",
                new SQLException("[SQLITE_FULL] Insertion failed because database is full")));
        assertReason(Reason.DISK_FULL, new IOException("Disk quota exceeded"));
    }

    @Test
    void theFullDiskMessageSaysHowMuchIsFree() {
        String m = explain(new IOException("No space left on device")).orElseThrow().getMessage();
        assertTrue(m.matches("The disk holding the workspace .* is full \\((less than 1|[0-9,]+) MB free\\)\\. "
                + "Free some space on it, or open another workspace; what was saved before is kept\\."), m);
        assertEquals("less than 1 MB free", StorageErrors.megabytes(1024 * 1023));
        assertEquals("1,536 MB free", StorageErrors.megabytes(1536L * 1024 * 1024));
    }

    @Test
    void aReadOnlyFileSystemInTheWordsOfTheJdkAndLucene() {
        assertReason(Reason.READ_ONLY, new FileSystemException(ws.resolve("workbench.lock").toString(), null,
                "Read-only file system"));
        assertReason(Reason.READ_ONLY, new UncheckedIOException(new FileNotFoundException(
                ws.resolve("index/write.lock") + " (Read-only file system)")));
    }

    @Test
    void aPermissionProblemNamesTheFileAndAsksForPermission() {
        Path file = ws.resolve("annotations.db");
        Optional<WorkspaceUnusableException> w = explain(new AccessDeniedException(file.toString()));
        assertEquals(Reason.NOT_WRITABLE, w.orElseThrow().reason());
        assertTrue(w.get().getMessage().contains("permission denied on " + file), w.get().getMessage());
        assertReason(Reason.NOT_WRITABLE, new AnnotationException("The annotation store failed: [SQLITE_READONLY] "
                + "Attempt to write a readonly database (attempt to write a readonly database)"));
    }

    @Test
    void sqliteCannotOpenIsOnlyADiskProblemWhenTheFolderCannotBeWritten() {
        // on a writable folder "cannot open" is something else (a folder where the file should be, ...): not guessed
        assertTrue(explain(new AnnotationException("Cannot open the annotation store x: [SQLITE_CANTOPEN] Unable "
                + "to open the database file")).isEmpty());
    }

    @Test
    void aFullDiskElsewhereIsNotTheWorkspacesDisk() {
        // an export to a full USB stick: the file is outside the workspace
        assertTrue(explain(new FileSystemException("/media/usb/export.csv", null, "No space left on device"))
                .isEmpty());
        // no workspace given (a message without context): only SQLite's codes, which are always the workspace's
        assertTrue(StorageErrors.explain(null, new IOException("No space left on device")).isEmpty());
        assertTrue(StorageErrors.explain(null, new AccessDeniedException("/home/me/report.pdf")).isEmpty());
        assertEquals(Reason.DISK_FULL, StorageErrors.explain(null, new AnnotationException("The annotation store "
                + "failed: [SQLITE_FULL] database or disk is full")).orElseThrow().reason());
    }

    @Test
    void otherFailuresAreNotDiskProblems() {
        assertTrue(explain(new IOException("Stream closed")).isEmpty());
        assertTrue(explain(new RapporteurException("No claim with id 'x'")).isEmpty());
        assertTrue(explain(new IllegalStateException("bug")).isEmpty());
        assertEquals("No claim with id 'x'", StorageErrors.describe(ws, new RapporteurException("No claim with id 'x'")));
    }

    @Test
    void aWorkspaceRefusalIsPassedOnAsItIs() {
        WorkspaceUnusableException inUse = WorkspaceUnusableException.inUse(ws, "process 12 since 14:02");
        assertEquals(inUse, explain(new RuntimeException("wrapped", inUse)).orElseThrow());
    }

    @Test
    void theCommandLineIsToldItsWayToAnotherWorkspace() {
        String m = WorkspaceUnusableException.readOnly(ws, null).commandLineMessage();
        assertTrue(m.endsWith("or use another workspace (--workspace DIR)."), m);
    }
}
