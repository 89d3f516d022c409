package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnchorStatus;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.ManifestEntry;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.annotations.Target;
import org.rapporteur.enrich.ReportEnricher;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.Theme;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.testing.TeamHome;

/**
 * Two analysts' workspaces joined to one team database on a real PostgreSQL server, each with its own copy of the
 * shared folder (the sample reports) and its own index: the manifest one records is what the other's sync indexes, a
 * changed file is seen as changed, the shared settings and the coded-by facet are the team's, and annotations survive
 * one member re-indexing with another extractor.
 */
class TeamWorkspacesTest {
    @TempDir
    Path dir;
    PgEndpoint alice;
    PgEndpoint bob;
    TeamHome home;
    Path aliceFolder;
    Path bobFolder;
    Path aliceWs;
    Path bobWs;

    @BeforeEach
    void join() throws Exception {
        alice = PgTestCluster.shared().newDatabase();
        bob = PgTestCluster.shared().addMember(alice, "bob_" + alice.database(), "bob-secret");
        home = new TeamHome(dir, alice, bob);
        aliceFolder = dir.resolve("alice-reports");
        bobFolder = dir.resolve("bob-reports");
        TeamCorpusFixture.copySamples(aliceFolder);
        TeamCorpusFixture.copySamples(bobFolder);
        aliceWs = dir.resolve("alice-ws");
        bobWs = dir.resolve("bob-ws");
        TeamService.join(aliceWs, TeamHome.url(alice), aliceFolder, false, ProgressListener.NONE,
                Cancellation.NEVER);
        TeamService.join(bobWs, TeamHome.url(bob), bobFolder, false, ProgressListener.NONE, Cancellation.NEVER);
    }

    @AfterEach
    void leave() {
        home.close();
    }

    private static Set<String> relativePaths(Workspace ws, Path folder) {
        Set<String> out = new TreeSet<>();
        for (ReportSummary s : ws.corpus().reports()) {
            out.add(folder.relativize(Path.of(s.path())).toString().replace('\\', '/'));
        }
        return out;
    }

    @Test
    void aSecondMembersSyncIndexesExactlyTheManifestAndSeesAChangedFileAsChanged() throws Exception {
        String late = "004_223215ad8ddf205d.txt";
        Files.delete(bobFolder.resolve(late)); // Bob's copy of the folder has not got it yet
        List<String> manifest;
        try (Workspace a = Workspace.open(aliceWs)) {
            assertEquals(5, a.index(List.of(aliceFolder), ProgressListener.NONE, Cancellation.NEVER).indexed());
            manifest = a.store().sharedCorpus().entries().stream().map(ManifestEntry::relativePath)
                    .toList();
            assertEquals(5, manifest.size());
        }
        try (Workspace b = Workspace.open(bobWs)) {
            SyncReport r = b.syncTeam(ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(List.of(late), r.missingHere(), r.lines().toString());
            assertEquals(4, r.inStep());
            assertTrue(r.recorded().isEmpty(), "Bob's copies are the team's: nothing new to record");
            Files.copy(aliceFolder.resolve(late), bobFolder.resolve(late));
            SyncReport done = b.syncTeam(ProgressListener.NONE, Cancellation.NEVER);
            assertTrue(done.inSync(), done.lines().toString());
            assertEquals(new TreeSet<>(manifest), relativePaths(b, bobFolder), "exactly the manifest's reports");
        }

        // Alice edits a report and re-indexes: the team's version changes; Bob's sync sees his copy as another version
        String edited = "001_25642256b2768517.txt";
        Files.writeString(aliceFolder.resolve(edited), Files.readString(aliceFolder.resolve(edited))
                + "\nCorrigendum: the figures in section 2 were revised.\n");
        try (Workspace a = Workspace.open(aliceWs)) {
            assertEquals(1, a.index(List.of(aliceFolder), ProgressListener.NONE, Cancellation.NEVER).indexed());
        }
        try (Workspace b = Workspace.open(bobWs)) {
            SyncReport r = b.syncTeam(ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(1, r.differing().size(), r.lines().toString());
            assertEquals(edited, r.differing().getFirst().path());
            assertEquals(alice.user(), r.differing().getFirst().recordedBy());
            assertEquals(TeamCorpusFixture.sha256(aliceFolder.resolve(edited)),
                    r.differing().getFirst().teamSha256());
            Files.copy(aliceFolder.resolve(edited), bobFolder.resolve(edited),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            SyncReport after = b.syncTeam(ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(1, after.index().indexed(), "the changed file, and only it, read again");
            assertTrue(after.inSync(), after.lines().toString());
        }
    }

    @Test
    void settingsAndTheCodedByFacetAreTheTeams() throws Exception {
        try (Workspace a = Workspace.open(aliceWs); Workspace b = Workspace.open(bobWs)) {
            a.index(List.of(aliceFolder), ProgressListener.NONE, Cancellation.NEVER);
            b.syncTeam(ProgressListener.NONE, Cancellation.NEVER);
            java.util.concurrent.CountDownLatch heard = new java.util.concurrent.CountDownLatch(1);
            b.annotations().addListener(e -> {
                if (org.rapporteur.annotations.SharedCorpus.SETTING_CHANGED.equals(e.type()) && e.external()
                        && alice.user().equals(e.user())) {
                    heard.countDown();
                }
            });
            b.annotations().watchOtherProcesses(); // what the workbench does: LISTEN/NOTIFY in a team
            a.themes().addTheme("Water/Dams", List.of("dam", "reservoir"));
            assertTrue(heard.await(5, java.util.concurrent.TimeUnit.SECONDS),
                    "Bob's workbench hears of the edit as it is made, with who made it");
            assertTrue(b.themes().themes().stream().map(Theme::path).anyMatch("Water/Dams"::equals),
                    "Bob reads Alice's theme");
            b.themes().addRule("Water/Dams", "text:indus");
            assertTrue(a.themes().rules().stream().anyMatch(r -> r.query().equals("text:indus")));

            List<String> claims = new ArrayList<>();
            a.corpus().forEachClaim("", r -> {
                if (claims.size() < 3 && r.claim().text().length() > 80) {
                    claims.add(r.claim().id());
                }
            });
            long tag = a.annotations().execute(new Change.CreateTag("Watch")).entityId();
            a.annotations().execute(new Change.AddCoding(tag, Target.claim(claims.get(0))));
            a.annotations().execute(new Change.AddCoding(tag, Target.claim(claims.get(1))));
            b.store().pollExternalChanges();
            b.annotations().execute(new Change.AddCoding(tag, Target.claim(claims.get(2))));
            a.store().pollExternalChanges();
            for (Workspace w : List.of(a, b)) {
                Map<String, Long> counts = new java.util.TreeMap<>();
                for (FacetCount f : w.corpus().search(SearchRequest.of("", 5)).facets()) {
                    if (f.dimension() == FacetDimension.CODED_BY) {
                        f.values().forEach(v -> counts.put(v.value(), v.count()));
                    }
                }
                assertEquals(Map.of(alice.user(), 2L, bob.user(), 1L), counts, "in both indexes");
            }
        }
    }

    /** A stand-in for another extractor: every two neighbouring claims become one. */
    private static Report mergePairs(Report r) {
        List<Claim> out = new ArrayList<>();
        List<Claim> in = r.claims();
        for (int i = 0; i < in.size(); i += 2) {
            Claim x = in.get(i);
            Claim y = i + 1 < in.size() ? in.get(i + 1) : x;
            out.add(new Claim(Ids.claimId(r.id(), x.start(), y.end()), r.id(), x.start(), y.end(),
                    r.source().text().substring(x.start(), y.end()), x.page(), x.sectionPath(), x.kind(),
                    x.attribution(), x.enrichment()));
        }
        return r.withClaims(out);
    }

    @Test
    void annotationsStayAnchoredWhenAnotherMemberReindexesWithAnotherExtractor() {
        try (Workspace a = Workspace.open(aliceWs); Workspace b = Workspace.open(bobWs)) {
            a.index(List.of(aliceFolder), ProgressListener.NONE, Cancellation.NEVER);
            b.syncTeam(ProgressListener.NONE, Cancellation.NEVER);
            List<ClaimRecord> picked = new ArrayList<>();
            a.corpus().forEachClaim("", r -> {
                if (picked.size() < 6 && r.claim().text().length() > 60 && r.claim().start() % 3 == 0) {
                    picked.add(r);
                }
            });
            assertEquals(6, picked.size());
            Annotations an = a.annotations();
            long tag = an.execute(new Change.CreateTag("Watch")).entityId();
            for (ClaimRecord r : picked) {
                an.execute(new Change.AddCoding(tag, Target.claim(r.claim().id())));
            }
            an.execute(new Change.AddNote(Target.claim(picked.get(0).claim().id()), "check the source"));
            an.execute(new Change.AddLink(picked.get(1).claim().id(), picked.get(2).claim().id(),
                    LinkType.CONTRADICTS, null));

            b.useAnalyser(new ReportAnalyser(ReportEnricher.withDefaults(b.textAnalyzer()),
                    TeamWorkspacesTest::mergePairs));
            IndexSummary forced = b.index(List.of(bobFolder), ProgressListener.NONE, Cancellation.NEVER, true);
            assertEquals(5, forced.indexed(), forced.line());

            assertTrue(an.orphans().isEmpty(), () -> "orphans: " + an.orphans());
            for (ClaimRecord r : picked) {
                String reportId = r.claim().reportId();
                String aliceText = a.corpus().reportText(reportId).orElseThrow();
                String bobText = b.corpus().reportText(reportId).orElseThrow();
                List<Coding> codings = an.codingsByReport(reportId).stream()
                        .filter(k -> k.anchor().quote().exact().equals(r.claim().text())).toList();
                assertEquals(1, codings.size(), "the coding on “" + r.claim().text() + "”");
                Coding k = codings.getFirst();
                assertNotEquals(AnchorStatus.ORPHAN, k.anchor().status());
                for (String text : List.of(aliceText, bobText)) {
                    assertEquals(r.claim().text(), text.substring(k.anchor().position().start(), k.anchor().position().end()),
                            "anchored on the same words in both members' texts");
                }
                // Bob's index carries the tag on his (merged) claim that holds the words
                assertTrue(b.corpus().claimsOf(reportId).stream().anyMatch(c -> c.tags().contains("Watch")
                        && c.claim().start() <= k.anchor().position().start() && c.claim().end() >= k.anchor().position().end()));
            }
            // Alice's index, never re-read, still shows the tag on every claim she coded
            for (ClaimRecord r : picked) {
                assertEquals(List.of("Watch"), a.corpus().claim(r.claim().id()).orElseThrow().tags());
            }
            List<Note> notes = an.notesByReport(picked.get(0).claim().reportId());
            assertEquals(1, notes.size());
            assertEquals(1, a.store().links().size());
            assertFalse(a.store().links().getFirst().source().status() == AnchorStatus.ORPHAN);
        }
    }
}
