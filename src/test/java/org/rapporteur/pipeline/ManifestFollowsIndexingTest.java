package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.ManifestEntry;
import org.rapporteur.annotations.SharedCorpus;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * In a team workspace every index run records in the team's manifest the reports it read, changed or dropped under
 * the shared folder, by relative path and the indexer's own SHA-256; reports elsewhere stay private (ADR 0039).
 */
class ManifestFollowsIndexingTest extends TeamCorpusTestCase {
    private static List<String> paths(List<ManifestEntry> entries) {
        return entries.stream().map(ManifestEntry::relativePath).toList();
    }

    @Test
    void anIndexRunRecordsTheSharedReportsWithTheirDigestsAndNothingPrivate() throws Exception {
        Path shared = tmp.resolve("team-folder");
        List<String> files = TeamCorpusFixture.copySamples(shared);
        Path privateRoot = tmp.resolve("mine");
        Files.createDirectories(privateRoot);
        Files.writeString(privateRoot.resolve("notes.txt"), Files.readString(SharedData.corpus()
                .resolve("002_e9b4b924d8d74259.txt")) + "\nMy own notes on the article.\n");
        Path dir = tmp.resolve("ws");
        team.join(dir, shared);
        try (Workspace ws = Workspace.open(dir)) {
            IndexSummary s = ws.index(List.of(shared, privateRoot), ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(6, s.indexed(), s.line());
            SharedCorpus corpus = ws.store().sharedCorpus();
            List<ManifestEntry> manifest = corpus.entries();
            assertEquals(files, paths(manifest), "the shared reports, by '/'-separated relative path, and no other");
            assertTrue(files.contains(TeamCorpusFixture.NESTED));
            for (ManifestEntry e : manifest) {
                Path f = shared.resolve(e.relativePath());
                assertEquals(TeamCorpusFixture.sha256(f), e.sha256(), e.relativePath());
                assertEquals(Files.size(f), e.size(), e.relativePath());
                assertEquals(ws.store().user(), e.recordedBy());
            }

            // a changed file: this machine had the team's version and replaced it, so the new version is the team's
            Path changed = shared.resolve("001_25642256b2768517.txt");
            Files.writeString(changed, "\nA paragraph added by the author after publication.\n",
                    StandardOpenOption.APPEND);
            // a deleted file: the team's version was here and is gone
            Files.delete(shared.resolve("000_497a16b6700fbc3d.txt"));
            IndexSummary again = ws.index(List.of(shared, privateRoot), ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(1, again.indexed(), again.line());
            assertEquals(1, again.removed(), again.line());
            manifest = corpus.entries();
            assertEquals(4, manifest.size(), paths(manifest).toString());
            ManifestEntry now = manifest.stream().filter(e -> e.relativePath().equals("001_25642256b2768517.txt"))
                    .findFirst().orElseThrow();
            assertEquals(TeamCorpusFixture.sha256(changed), now.sha256(), "the changed file is seen as changed");
            assertEquals(List.of("000_497a16b6700fbc3d.txt"), paths(corpus.removedEntries()));
        }
    }

    @Test
    void aStaleCopyHereNeverOverwritesTheTeamsNewerVersion() throws Exception {
        Path shared = tmp.resolve("team-folder");
        TeamCorpusFixture.copySamples(shared);
        Path dir = tmp.resolve("ws");
        team.join(dir, shared);
        try (Workspace ws = Workspace.open(dir)) {
            ws.index(List.of(shared), ProgressListener.NONE, Cancellation.NEVER);
            String path = "002_e9b4b924d8d74259.txt";
            String newer = "ab".repeat(32);
            // another member records a new version of the report, which this machine's folder does not have yet
            try (AnnotationStore bob = team.store("bob", ClaimResolver.none())) {
                bob.sharedCorpus().record(List.of(new ManifestEntry(path, newer, 99, null, null)), List.of());
            }
            Files.setLastModifiedTime(shared.resolve(path), java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis()));
            ws.index(List.of(shared), ProgressListener.NONE, Cancellation.NEVER, true); // even a forced re-read
            ManifestEntry team = ws.store().sharedCorpus().entries().stream()
                    .filter(e -> e.relativePath().equals(path)).findFirst().orElseThrow();
            assertEquals(newer, team.sha256(), "the team's version wins over a copy that never was it");
            assertEquals("bob", team.recordedBy());
        }
    }

    @Test
    void aSingleUserWorkspaceRecordsNothing() {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir)) {
            IndexSummary s = ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(5, s.indexed(), s.line());
            assertTrue(ws.store().sharedCorpus().entries().isEmpty());
            assertFalse(ws.annotations().canUndo());
        }
    }
}
