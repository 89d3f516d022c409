package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.annotations.Change;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;
import org.rapporteur.pipeline.WorkspaceUnusableException.Reason;

/**
 * A workspace on a real read-only disk and on a real full one: a small tmpfs mounted for the test (the tests run as
 * root, for whom permissions do not make a folder read-only, so only a read-only file system is one). Skipped, with
 * the reason, where mounting is not permitted. Each failure is said plainly, and the annotations are intact after.
 */
class FullAndReadOnlyDiskTest {
    private static Path mount;

    @BeforeAll
    static void mountSmallDisk() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"), "Linux only");
        mount = Files.createTempDirectory("rapporteur-disk-test-");
        int exit = run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString());
        if (exit != 0) {
            Files.deleteIfExists(mount);
            mount = null;
        }
        Assumptions.assumeTrue(mount != null, "mounting a small file system is not permitted here (needs root)");
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mount != null) {
            run("umount", "-l", mount.toString());
            Files.deleteIfExists(mount);
        }
    }

    private static int run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static void remount(String mode) throws Exception {
        assertEquals(0, run("mount", "-o", "remount," + mode, mount.toString()), "remount " + mode);
    }

    @Test
    void aReadOnlyDiskIsSaidPlainlyAndTheAnnotationsAreKept() throws Exception {
        Path ws = mount.resolve("read-only");
        try (Workspace w = Workspace.open(ws)) {
            w.annotations().execute(new Change.CreateTag("Kept", null, "#c0392b", null));
        }
        remount("ro");
        try {
            WorkspaceUnusableException e = assertThrows(WorkspaceUnusableException.class, () -> Workspace.open(ws));
            assertEquals(Reason.READ_ONLY, e.reason());
            assertEquals("The workspace folder " + ws + " is read-only: its disk cannot be written, and Rapporteur "
                    + "keeps the index and your annotations there. Copy the folder to a disk you can write to and "
                    + "open the copy, or open another workspace.", e.getMessage());
            assertEquals(Reason.READ_ONLY, assertThrows(WorkspaceUnusableException.class,
                    () -> Workspace.openForWindow(ws)).reason());
        } finally {
            remount("rw");
        }
        try (Workspace w = Workspace.open(ws)) {
            assertEquals("Kept", w.annotations().resolveTag("Kept").name());
        }
    }

    @Test
    void aFullDiskIsSaidWithTheSpaceLeftAndNothingSavedIsLost() throws Exception {
        Path ws = mount.resolve("full");
        Path filler = mount.resolve("filler");
        try (Workspace w = Workspace.open(ws)) {
            w.annotations().execute(new Change.CreateTag("Kept", null, "#c0392b", null));
            fill(filler);

            RuntimeException tagging = assertThrows(RuntimeException.class,
                    () -> w.annotations().execute(new Change.CreateTag("No room", null, "#c0392b", null)));
            WorkspaceUnusableException said = StorageErrors.explain(ws, tagging).orElseThrow(
                    () -> new AssertionError("not recognised as a full disk", tagging));
            assertEquals(Reason.DISK_FULL, said.reason());
            assertTrue(said.getMessage().startsWith("The disk holding the workspace " + ws + " is full (less than "
                    + "1 MB free). Free some space on it"), said.getMessage());

            Optional<WorkspaceUnusableException> indexing = indexFailure(w);
            assertEquals(Reason.DISK_FULL, indexing.orElseThrow(() -> new AssertionError("indexing on a full disk "
                    + "did not fail")).reason());
        } catch (RuntimeException closing) {
            // closing on a full disk may fail too (the index's last commit): that is not what this test is about
            assertTrue(StorageErrors.explain(ws, closing).isPresent(), "closing: " + closing);
        } finally {
            Files.deleteIfExists(filler);
        }
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(List.of("Kept"), w.annotations().tags().stream().map(t -> t.name()).toList(),
                    "the tag saved before is there, the refused one is not");
            w.annotations().execute(new Change.CreateTag("Room again", null, "#c0392b", null));
        }
    }

    private static Optional<WorkspaceUnusableException> indexFailure(Workspace w) {
        try {
            IndexSummary s = w.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
            return Optional.empty();
        } catch (RuntimeException e) {
            return StorageErrors.explain(w.dir(), e);
        }
    }

    /** Writes until the disk is full. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full.toString());
        }
    }
}
