package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * An index run says what its check of the corpus found before it reads a file: how many files are new, changed,
 * unchanged, and how many reports went with their files — the workbench's status bar tells the user from it whether a
 * start-up run will read anything.
 */
class CorpusChangesTest {
    @TempDir
    Path dir;

    private static String panel(String topic, String speaker) {
        return "Panel on " + topic + "\n\n" + speaker + ": Shared data on " + topic.toLowerCase(Locale.ROOT)
                + " would help every delegation, and ministers should agree on a plan.\n";
    }

    /** Runs an index and returns what the check reported, checking it was reported before any file's progress. */
    private static CorpusChanges check(Workspace ws, Path root, boolean force) {
        List<String> order = new ArrayList<>();
        List<CorpusChanges> found = new ArrayList<>();
        ProgressListener progress = (done, total, name) -> order.add("file");
        ws.index(List.of(root), progress, Cancellation.NEVER, force, c -> {
            order.add("checked");
            found.add(c);
        });
        assertEquals(1, found.size(), "reported once per run");
        assertEquals("checked", order.getFirst(), "reported before the files: " + order);
        return found.getFirst();
    }

    @Test
    void aRunSaysWhatIsNewChangedUnchangedAndRemoved() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(root.resolve("rivers.txt"), panel("Rivers", "Amina Rahman"));
        Files.writeString(root.resolve("ports.txt"), panel("Ports", "Jonas Berg"));
        Files.writeString(root.resolve("fish.txt"), panel("Fisheries", "Lena Moreau"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            CorpusChanges first = check(ws, root, false);
            assertTrue(first.firstIndex());
            assertEquals(new CorpusChanges(0, 0, 3, 0, 0), first);

            CorpusChanges again = check(ws, root, false);
            assertTrue(again.none(), again.toString());
            assertFalse(again.firstIndex());
            assertEquals(3, again.unchanged());

            Files.writeString(root.resolve("rivers.txt"), panel("Rivers and deltas", "Amina Rahman"));
            Files.writeString(root.resolve("grain.txt"), panel("Grain", "Tomas Lind"));
            Files.delete(root.resolve("fish.txt"));
            CorpusChanges later = check(ws, root, false);
            assertEquals(new CorpusChanges(3, 1, 1, 1, 1), later);
            assertEquals(2, later.toRead());

            // a copy of an indexed file is the same report: nothing to read
            Files.copy(root.resolve("ports.txt"), root.resolve("ports-copy.txt"));
            CorpusChanges copied = check(ws, root, false);
            assertTrue(copied.none(), copied.toString());

            CorpusChanges forced = check(ws, root, true);
            assertEquals(3, forced.changed(), "a forced run reads every report again: " + forced);
            assertEquals(0, forced.unchanged());
        }
    }
}
