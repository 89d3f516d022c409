package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.ManifestEntry;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * {@link Workspace#syncTeam}: the team's manifest compared with this machine's shared folder and index. Here the
 * manifest is written by another analyst's store on the same annotations ({@code TeamWorkspacesTest} does it with
 * two workspaces on one PostgreSQL database).
 */
class TeamSyncTest extends TeamCorpusTestCase {
    @Test
    void syncIndexesTheTeamsReportsAndSaysWhatIsMissingOrAnotherVersion() throws Exception {
        Path theirs = tmp.resolve("alice-folder");
        List<String> files = TeamCorpusFixture.copySamples(theirs);
        Path mine = tmp.resolve("bob-folder");
        TeamCorpusFixture.copySamples(mine);
        String missing = "004_223215ad8ddf205d.txt";
        String other = "002_e9b4b924d8d74259.txt";
        Files.delete(mine.resolve(missing));
        Files.writeString(mine.resolve(other), Files.readString(mine.resolve(other)) + "\nBob's local edit.\n");
        Path dir = tmp.resolve("ws");
        team.join(dir, mine);
        try (AnnotationStore alice = team.store("alice", ClaimResolver.none())) {
            List<ManifestEntry> manifest = new ArrayList<>();
            for (String f : files) {
                manifest.add(new ManifestEntry(f, TeamCorpusFixture.sha256(theirs.resolve(f)),
                        Files.size(theirs.resolve(f)), null, null));
            }
            alice.sharedCorpus().record(manifest, List.of());
        }
        try (Workspace ws = Workspace.open(dir)) {
            List<Long> progress = new ArrayList<>();
            SyncReport r = ws.syncTeam((done, total, msg) -> progress.add(done), Cancellation.NEVER);
            assertFalse(progress.isEmpty(), "the index run reports its progress");
            assertEquals(5, r.manifestReports());
            assertEquals(3, r.inStep(), r.lines().toString());
            assertEquals(List.of(missing), r.missingHere());
            assertEquals(1, r.differing().size());
            assertEquals(other, r.differing().getFirst().path());
            assertEquals("alice", r.differing().getFirst().recordedBy());
            assertEquals(TeamCorpusFixture.sha256(theirs.resolve(other)), r.differing().getFirst().teamSha256(),
                    "the team's version wins: Bob's edit does not replace it");
            assertTrue(r.recorded().isEmpty(), r.recorded().toString());
            assertFalse(r.inSync());
            Set<String> indexed = new TreeSet<>();
            for (ReportSummary s : ws.corpus().reports()) {
                indexed.add(mine.relativize(Path.of(s.path())).toString().replace('\\', '/'));
            }
            assertEquals(new TreeSet<>(List.of("000_497a16b6700fbc3d.txt", "001_25642256b2768517.txt", other,
                    TeamCorpusFixture.NESTED)), indexed, "what is here is indexed: the index is this machine's cache");
            String text = String.join("\n", r.lines());
            assertTrue(text.contains("Missing here: 1 report"), text);
            assertTrue(text.contains("Another version here: 1 file"), text);
            assertTrue(text.contains("recorded by alice"), text);

            // the missing report arrives, Bob takes the team's version, and a new report appears in his folder
            Files.copy(theirs.resolve(missing), mine.resolve(missing));
            Files.copy(theirs.resolve(other), mine.resolve(other), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path extra = mine.resolve("new/extra.txt");
            Files.createDirectories(extra.getParent());
            Files.writeString(extra, Files.readString(SharedData.corpus().resolve("001_25642256b2768517.txt"))
                    + "\nAn addendum only Bob has.\n");
            SyncReport again = ws.syncTeam(ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(List.of("new/extra.txt"), again.recorded(), "new in the shared folder: shared");
            assertEquals(6, again.manifestReports());
            assertEquals(6, again.inStep(), again.lines().toString());
            assertTrue(again.inSync(), again.lines().toString());
            assertEquals(6, ws.corpus().reports().size());
        }
    }

    @Test
    void reportsOutsideTheSharedFolderStayPrivateAndSyncSaysSo() throws Exception {
        Path shared = tmp.resolve("team");
        TeamCorpusFixture.copySamples(shared);
        Path privateRoot = tmp.resolve("mine");
        Files.createDirectories(privateRoot);
        Files.writeString(privateRoot.resolve("draft.txt"), Files.readString(SharedData.corpus()
                .resolve("000_497a16b6700fbc3d.txt")) + "\nMy draft comments.\n");
        Path dir = tmp.resolve("ws");
        team.join(dir, shared);
        try (Workspace ws = Workspace.open(dir)) {
            ws.index(List.of(privateRoot), ProgressListener.NONE, Cancellation.NEVER); // a root of the workspace
            SyncReport r = ws.syncTeam(ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(1, r.privateReports());
            assertEquals(5, r.manifestReports(), "the shared reports only");
            assertEquals(5, r.recorded().size());
            assertTrue(r.inSync(), r.lines().toString());
            assertTrue(String.join("\n", r.lines()).contains("1 report outside the shared folder stays private"),
                    r.lines().toString());
            assertEquals(6, ws.corpus().reports().size(), "the private root is still indexed");
            assertEquals(List.of(privateRoot.toAbsolutePath().normalize().toString(),
                    shared.toAbsolutePath().normalize().toString()), ws.settings().corpusRoots());
        }
    }

    @Test
    void aSingleUserWorkspaceOrAMissingFolderIsRefusedWithASentence() {
        try (Workspace ws = Workspace.open(tmp.resolve("alone"))) {
            RapporteurException e = assertThrows(RapporteurException.class,
                    () -> ws.syncTeam(ProgressListener.NONE, Cancellation.NEVER));
            assertTrue(e.getMessage().contains("not in a team"), e.getMessage());
        }
        Path dir = tmp.resolve("ws");
        Path gone = tmp.resolve("unplugged-drive");
        RapporteurException refused = assertThrows(RapporteurException.class, () -> team.join(dir, gone));
        assertTrue(refused.getMessage().contains("does not exist on this machine"), refused.getMessage());
        try {
            Files.createDirectories(gone);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        team.join(dir, gone);
        try {
            Files.delete(gone); // the network drive is not mounted today
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Workspace ws = Workspace.open(dir)) {
            RapporteurException e = assertThrows(RapporteurException.class,
                    () -> ws.syncTeam(ProgressListener.NONE, Cancellation.NEVER));
            assertTrue(e.getMessage().contains("does not exist on this machine"), e.getMessage());
            assertEquals(0, ws.corpus().reportCount(), "nothing was indexed");
        }
    }

    @Test
    void checkSharedFolderNamesWhatIsWrong() throws Exception {
        assertEquals(null, TeamService.checkSharedFolder(tmp));
        assertTrue(TeamService.checkSharedFolder(tmp.resolve("nope")).contains("does not exist"));
        Path file = Files.writeString(tmp.resolve("a.txt"), "x");
        assertTrue(TeamService.checkSharedFolder(file).contains("is a file, not a folder"));
        assertTrue(TeamService.checkSharedFolder(Path.of("/")).contains("root of the file system"));
        assertTrue(TeamService.checkSharedFolder(null).startsWith("Give the folder"));
    }
}
