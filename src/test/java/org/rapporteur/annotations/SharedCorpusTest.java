package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Ids;

/**
 * The team's manifest and shared settings (migration 6, ADR 0039) on the single-user store's SQLite file, with two
 * stores on one file standing in for two workbenches. {@code TeamSharedCorpusTest} runs the same on PostgreSQL.
 */
class SharedCorpusTest {
    @TempDir
    Path dir;

    private AnnotationStore open(String user) {
        return AnnotationStore.open(dir.resolve(AnnotationStore.FILE_NAME), new TestReports(), user);
    }

    static String sha(String content) {
        return Ids.sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theManifestRecordsReplacesAndRemembersWhoRemovedAReport() {
        try (AnnotationStore alice = open("alice"); AnnotationStore bob = open("bob")) {
            SharedCorpusContract.manifestRoundTrip(alice, bob);
        }
    }

    @Test
    void aBadPathOrDigestIsRefusedAndNothingIsRecorded() {
        try (AnnotationStore alice = open("alice")) {
            SharedCorpusContract.badEntriesRefused(alice);
        }
    }

    @Test
    void aSettingIsSeenByTheOtherWorkbenchAndIsNoUndoableChange() {
        try (AnnotationStore alice = open("alice"); AnnotationStore bob = open("bob")) {
            SharedCorpusContract.settingsShared(alice, bob);
        }
    }

    /** The assertions both stores must pass; the PostgreSQL test calls them on two stores on one team database. */
    static final class SharedCorpusContract {
        private SharedCorpusContract() {
        }

        static void manifestRoundTrip(AnnotationStore alice, AnnotationStore bob) {
            String a = sha("report a"), b = sha("report b"), b2 = sha("report b, second version");
            Instant before = Instant.now().minusSeconds(1);
            alice.sharedCorpus().record(List.of(new ManifestEntry("un/a.txt", a, 8, null, null),
                    new ManifestEntry("b.pdf", b, 8, null, null)), List.of());
            List<ManifestEntry> seen = bob.sharedCorpus().entries();
            assertEquals(List.of("b.pdf", "un/a.txt"), seen.stream().map(ManifestEntry::relativePath).toList(),
                    "ordered by path, and seen by the other store");
            assertEquals(a, seen.get(1).sha256());
            assertEquals("alice", seen.get(1).recordedBy());
            assertTrue(!seen.get(1).recordedAt().isBefore(before), seen.get(1).recordedAt().toString());

            bob.sharedCorpus().record(List.of(new ManifestEntry("b.pdf", b2, 24, null, null)), List.of("un/a.txt"));
            List<ManifestEntry> after = alice.sharedCorpus().entries();
            assertEquals(1, after.size(), after.toString());
            assertEquals(new ManifestEntry("b.pdf", b2, 24, "bob", after.getFirst().recordedAt()), after.getFirst());
            List<ManifestEntry> removed = alice.sharedCorpus().removedEntries();
            assertEquals(1, removed.size());
            assertEquals("un/a.txt", removed.getFirst().relativePath());
            assertEquals(a, removed.getFirst().sha256(), "the bytes the team removed are remembered");
            assertEquals("bob", removed.getFirst().recordedBy(), "who removed it");

            alice.sharedCorpus().record(List.of(new ManifestEntry("un/a.txt", a, 8, null, null)), List.of());
            assertEquals(2, bob.sharedCorpus().entries().size(), "recorded again: back in the manifest");
            assertTrue(bob.sharedCorpus().removedEntries().isEmpty());
            assertFalse(alice.canUndo(), "the manifest is no annotation change: nothing to undo");
        }

        static void badEntriesRefused(AnnotationStore s) {
            String ok = sha("fine");
            s.sharedCorpus().record(List.of(new ManifestEntry("fine.txt", ok, 4, null, null)), List.of());
            List<List<ManifestEntry>> bad = List.of(
                    List.of(new ManifestEntry("/etc/passwd", ok, 1, null, null)),
                    List.of(new ManifestEntry("../outside.txt", ok, 1, null, null)),
                    List.of(new ManifestEntry("C:\\reports\\x.pdf", ok, 1, null, null)),
                    List.of(new ManifestEntry("x.txt", "not-a-digest", 1, null, null)),
                    List.of(new ManifestEntry("good.txt", ok, 1, null, null),
                            new ManifestEntry("x'); DROP TABLE corpus_manifest; --", "abc", 1, null, null)));
            for (List<ManifestEntry> entries : bad) {
                AnnotationException e = assertThrows(AnnotationException.class,
                        () -> s.sharedCorpus().record(entries, List.of()));
                assertTrue(e.getMessage().contains("nothing was recorded"), e.getMessage());
            }
            assertEquals(List.of("fine.txt"), s.sharedCorpus().entries().stream().map(ManifestEntry::relativePath)
                    .toList(), "no entry of a refused call was recorded, not even its good one");
            String injection = "x'); DELETE FROM corpus_manifest; --.txt";
            s.sharedCorpus().record(List.of(new ManifestEntry(injection, ok, 1, null, null)), List.of());
            assertEquals(List.of("fine.txt", injection), s.sharedCorpus().entries().stream()
                    .map(ManifestEntry::relativePath).toList(), "a quote in a file name is a file name");
        }

        static void settingsShared(AnnotationStore alice, AnnotationStore bob) {
            assertEquals(Optional.empty(), bob.sharedCorpus().setting("themes"));
            List<ChangeEvent> heard = new ArrayList<>();
            bob.addListener(heard::add);
            alice.sharedCorpus().putSetting("themes", "{\"version\":1,\"themes\":[]}");
            assertEquals(Optional.of("{\"version\":1,\"themes\":[]}"), bob.sharedCorpus().setting("themes"),
                    "seen on the next read");
            bob.pollExternalChanges();
            assertEquals(1, heard.size(), heard.toString());
            ChangeEvent e = heard.getFirst();
            assertEquals(SharedCorpus.SETTING_CHANGED, e.type());
            assertTrue(e.external());
            assertEquals("alice", e.user(), "the others hear who changed it");
            assertTrue(e.summary().contains("themes"), e.summary());
            assertFalse(alice.canUndo(), "a setting is not undone with the annotations");
            assertTrue(alice.history(10).isEmpty(), "nor listed in their history");

            String key = "themes'; DROP TABLE shared_setting; --";
            bob.sharedCorpus().putSetting(key, "{\"x\":1}");
            assertEquals(Optional.of("{\"x\":1}"), alice.sharedCorpus().setting(key));
            bob.sharedCorpus().putSetting("themes", "{\"version\":1,\"themes\":[{\"theme\":\"Water\"}]}");
            assertTrue(alice.sharedCorpus().setting("themes").orElseThrow().contains("Water"),
                    "the last writer's value");
            assertThrows(AnnotationException.class, () -> alice.sharedCorpus().putSetting(" ", "{}"));
            assertThrows(AnnotationException.class, () -> alice.sharedCorpus().putSetting("themes", " "));
            assertTrue(alice.sharedCorpus().setting("themes").orElseThrow().contains("Water"), "unchanged");
        }
    }
}
