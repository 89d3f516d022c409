package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.annotations.Tag;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.TeamHome;
import org.rapporteur.testing.TeamTestCase;

/** Joining a team, working in it and leaving it, on a real PostgreSQL server and the sample corpus. */
class TeamServiceTest extends TeamTestCase {
    Path ws;

    @BeforeEach
    void setUp() {
        ws = dir.resolve("ws");
    }

    private TeamService.Joined join(String url, boolean move) {
        return TeamService.join(ws, url, null, move, ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void joiningRecordsTheTeamWithoutThePasswordAndTheWorkspaceThenCodesInTheTeamDatabase() throws Exception {
        String typed = "postgresql://" + team.user() + ":" + team.password() + "@" + team.host() + ":" + team.port()
                + "/" + team.database();
        TeamService.Joined joined = join(typed, false);
        assertEquals(team.user(), joined.status().analyst());
        assertEquals(team.describe(), joined.status().location());
        assertTrue(joined.notes().stream().anyMatch(n -> n.contains("used this once and not stored")
                && n.contains(".pgpass")), joined.notes().toString());

        String json = Files.readString(ws.resolve("workspace.json"));
        assertFalse(json.contains(team.password()), json);
        assertTrue(json.contains("\"version\" : 2"), json);
        assertTrue(json.contains(TeamHome.url(team)), json);

        try (Workspace w = Workspace.open(ws)) {
            w.annotations().execute(new Change.CreateTag("Shared tag"));
            TeamStatus s = w.teamStatus();
            assertTrue(s.team());
            assertEquals(team.user(), s.analyst(), "the analyst is the URL's user");
            assertEquals(team.describe(), s.location());
            assertEquals(AnnotationStore.schemaVersion(), s.schemaVersion());
            assertFalse(s.encrypted(), "the test server offers no TLS");
        }
        assertFalse(Files.exists(ws.resolve(AnnotationStore.FILE_NAME)), "nothing written to a file of its own");
        try (AnnotationStore shared = AnnotationStore.openTeam(team, new NoClaims(), "zoe", ChangeOrigin.UNKNOWN)) {
            assertEquals(List.of("Shared tag"), shared.tags().stream().map(Tag::name).toList());
            assertEquals(team.user(), shared.history(1).getFirst().creator());
        }
    }

    @Test
    void aWorkspacesAnnotationsGoToTheTeamAndBackIdenticalOnTheSampleCorpus() throws Exception {
        Map<String, List<String>> before;
        int orphans;
        try (AnnotatedCorpus corpus = AnnotatedCorpus.annotated(ws)) {
            Annotations a = corpus.workspace.annotations();
            a.execute(new Change.AddCorrection(new CorrectionRequest.SetSpeaker(corpus.c.claim().id(),
                    "Invented Person")));
            a.execute(new Change.CreateTag("Mistake"));
            a.undo();
            orphanOne(corpus);
            orphans = corpus.store.orphans().size();
            assertTrue(orphans >= 1, "the claim's coding, note and link are orphans");
        }
        before = dump(ws.resolve(AnnotationStore.FILE_NAME));
        TeamService.Joined joined = join(TeamHome.url(team), true);
        assertTrue(joined.movedRows() > 30, "moved " + joined.movedRows());
        assertFalse(Files.exists(ws.resolve(AnnotationStore.FILE_NAME)), "the workspace's own file is set aside");
        assertTrue(Files.exists(ws.resolve(TeamService.MOVED_FILE)));
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(orphans, w.store().orphans().size());
            assertEquals(List.of("Borders", "Economy", "Security", "Unused"),
                    w.annotations().tags().stream().map(Tag::name).sorted().toList());
        }
        long copied = TeamService.disconnect(ws, true, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(joined.movedRows(), copied);
        assertNull(WorkspaceSettings.load(ws.resolve("workspace.json")).team());
        assertTrue(Files.readString(ws.resolve("workspace.json")).contains("\"version\" : 1"),
                "a single-user workspace again, which older builds open");
        assertEquals(before, dump(ws.resolve(AnnotationStore.FILE_NAME)));
        try (Workspace w = Workspace.open(ws)) {
            assertFalse(w.teamStatus().team());
            assertEquals(orphans, w.store().orphans().size());
        }
    }

    /** Re-anchors one coded claim's report on text where that claim's words are gone: its coding is orphaned. */
    private static void orphanOne(AnnotatedCorpus corpus) {
        Claim gone = corpus.a.claim();
        String text = corpus.workspace.corpus().reportText(gone.reportId()).orElseThrow();
        String blanked = text.substring(0, gone.start()) + "#".repeat(gone.end() - gone.start())
                + text.substring(gone.end());
        List<Claim> others = corpus.workspace.corpus().claimsOf(gone.reportId()).stream().map(ClaimRecord::claim)
                .filter(c -> !c.id().equals(gone.id())).toList();
        corpus.store.reanchor(gone.reportId(), blanked, others);
    }

    @Test
    void movingIntoATeamThatHoldsAnnotationsIsRefusedAndChangesNothing() throws Exception {
        try (AnnotatedCorpus corpus = AnnotatedCorpus.annotated(ws)) {
            assertFalse(corpus.workspace.annotations().tags().isEmpty());
        }
        try (AnnotationStore shared = AnnotationStore.openTeam(team, new NoClaims(), "zoe", ChangeOrigin.UNKNOWN)) {
            shared.execute(new Change.CreateTag("Zoe's"));
        }
        String settings = Files.readString(ws.resolve("workspace.json"));
        Map<String, List<String>> local = dump(ws.resolve(AnnotationStore.FILE_NAME));
        RapporteurException e = assertThrows(RapporteurException.class, () -> join(TeamHome.url(team), true));
        assertTrue(e.getMessage().contains("already holds") && e.getMessage().contains("nothing was changed"),
                e.getMessage());
        assertEquals(settings, Files.readString(ws.resolve("workspace.json")));
        assertEquals(local, dump(ws.resolve(AnnotationStore.FILE_NAME)));
        try (AnnotationStore shared = AnnotationStore.openTeam(team, new NoClaims(), "zoe", ChangeOrigin.UNKNOWN)) {
            assertEquals(List.of("Zoe's"), shared.tags().stream().map(Tag::name).toList());
        }
    }

    @Test
    void joiningWithoutMovingKeepsTheWorkspacesOwnAnnotationsForWhenItLeaves() throws Exception {
        try (AnnotatedCorpus corpus = AnnotatedCorpus.annotated(ws)) {
            assertEquals(4, corpus.workspace.annotations().tags().size());
        }
        TeamService.Joined joined = join(TeamHome.url(team), false);
        assertTrue(joined.notes().stream().anyMatch(n -> n.contains("stay in annotations.db")), joined.notes()
                .toString());
        try (Workspace w = Workspace.open(ws)) {
            assertTrue(w.annotations().tags().isEmpty(), "the team's store, empty");
        }
        RapporteurException e = assertThrows(RapporteurException.class,
                () -> TeamService.disconnect(ws, true, ProgressListener.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().contains("would mix the two"), e.getMessage());
        assertNotNull(WorkspaceSettings.load(ws.resolve("workspace.json")).team(), "still in the team");
        TeamService.disconnect(ws, false, ProgressListener.NONE, Cancellation.NEVER);
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(4, w.annotations().tags().size(), "its own annotations are back");
        }
    }

    @Test
    void leavingWhileChangesWaitToBeWrittenIsRefusedSoNoneIsStranded() throws Exception {
        join(TeamHome.url(team), false);
        Files.writeString(ws.resolve(AnnotationStore.PENDING_FILE_NAME), "{\"kept\":1}\n{\"kept\":2}\n");
        RapporteurException e = assertThrows(RapporteurException.class,
                () -> TeamService.disconnect(ws, true, ProgressListener.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().startsWith("2 changes made while the team server was away"), e.getMessage());
        assertNotNull(WorkspaceSettings.load(ws.resolve("workspace.json")).team(), "still in the team");
        assertFalse(Files.exists(ws.resolve(AnnotationStore.FILE_NAME)), "nothing copied");
    }

    @Test
    void aWorkspaceInATeamIsRefusedByABuildThatReadsOnlySingleUserSettings() throws Exception {
        join(TeamHome.url(team), false);
        WorkspaceSettings read = WorkspaceSettings.load(ws.resolve("workspace.json"));
        assertTrue(read.version() > WorkspaceSettings.SINGLE_USER_FORMAT,
                "an older build (which reads up to " + WorkspaceSettings.SINGLE_USER_FORMAT + ") refuses it");
    }

    @Test
    void leavingAWorkspaceThatIsInNoTeamIsRefused() throws Exception {
        try (Workspace w = Workspace.open(ws)) {
            assertFalse(w.teamStatus().team());
        }
        RapporteurException e = assertThrows(RapporteurException.class,
                () -> TeamService.disconnect(ws, false, ProgressListener.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().contains("is not in a team"), e.getMessage());
    }

    @Test
    void aProbeSaysWhatItFoundWithoutChangingAnything() {
        TeamService.TeamProbe empty = TeamService.probe(TeamHome.url(team));
        assertTrue(empty.ok(), empty.message());
        assertEquals(0, empty.schemaVersion());
        assertTrue(empty.message().contains("an empty database"), empty.message());
        assertEquals(0, TeamService.probe(TeamHome.url(team)).schemaVersion(), "the probe made nothing");
        try (AnnotationStore shared = AnnotationStore.openTeam(team, new NoClaims(), "zoe", ChangeOrigin.UNKNOWN)) {
            shared.execute(new Change.CreateTag("One"));
        }
        TeamService.TeamProbe used = TeamService.probe(TeamHome.url(team));
        assertTrue(used.ok());
        assertEquals(AnnotationStore.schemaVersion(), used.schemaVersion());
        assertTrue(used.annotations() > 0);
        assertFalse(used.tls());
    }

    /** A resolver that knows no claims: enough for looking at a store's codebook. */
    static final class NoClaims implements org.rapporteur.annotations.ClaimResolver {
        @Override
        public java.util.Optional<org.rapporteur.annotations.ClaimRef> resolve(String claimId) {
            return java.util.Optional.empty();
        }
    }

    @Test
    void aProbeOfABadUrlOrServerSaysWhatIsWrongInsteadOfThrowing() {
        TeamService.TeamProbe notPg = TeamService.probe("mysql://db/team");
        assertFalse(notPg.ok());
        assertTrue(notPg.message().contains("not a PostgreSQL one"), notPg.message());
        TeamService.TeamProbe wrong = TeamService.probe("postgresql://" + team.user() + ":wrong@" + team.host() + ":"
                + team.port() + "/" + team.database());
        assertFalse(wrong.ok());
        assertTrue(wrong.message().contains("refused the password"), wrong.message());
        assertFalse(wrong.location().contains("wrong"), "the location never shows a password: " + wrong.location());
    }

    @Test
    void aWorkspaceOpenInAWindowCannotJoinOrLeave() throws Exception {
        try (Workspace window = Workspace.openForWindow(ws)) {
            RapporteurException e = assertThrows(RapporteurException.class, () -> join(TeamHome.url(team), false));
            assertTrue(e.getMessage().contains("open"), e.getMessage());
        }
        assertNull(WorkspaceSettings.load(ws.resolve("workspace.json")).team());
        assertEquals(0, TeamService.probe(TeamHome.url(team)).schemaVersion(), "the team database untouched");
    }

    static Map<String, List<String>> dump(Path sqliteFile) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile)) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData m = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            row.append(m.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
        }
        return out;
    }
}
