package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.testing.PgTestCluster;

/**
 * The store contract on a team's PostgreSQL database (a fresh one per test on the throwaway server), plus what only a
 * team store has: its place, its schema history, who may use it, and clear sentences when it cannot be opened.
 */
class PostgresAnnotationStoreTest extends AnnotationStoreContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.postgres();
    }

    PgEndpoint endpoint() {
        return ((StoreBackend.Postgres) store).endpoint;
    }

    @Override
    String location() {
        return endpoint().describe();
    }

    @Test
    void aTeamStoreHasNoFileAndNamesItsServerWithoutThePassword() {
        try (AnnotationStore s = open()) {
            assertTrue(s.isTeam());
            assertNull(s.file());
            assertEquals("postgresql://" + endpoint().user() + "@127.0.0.1:" + endpoint().port() + "/"
                    + endpoint().database(), s.location());
            assertFalse(s.toString().contains(endpoint().password()), s.toString());
        }
    }

    @Test
    void everyStepIsInTheSchemaHistoryOnce() throws Exception {
        assertEquals(0, AnnotationStore.teamSchemaVersion(endpoint()), "an empty database has no store yet");
        try (AnnotationStore a = open(); AnnotationStore b = open()) {
            tag(a, "Energy", null);
        }
        assertEquals(SchemaMigrations.latestVersion(), AnnotationStore.teamSchemaVersion(endpoint()));
        List<Integer> versions = new ArrayList<>();
        try (Connection c = store.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM schema_history ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        assertEquals(SchemaMigrations.migrations(SqlDialect.SQLITE).stream().map(SchemaMigrations.Migration::version).toList(),
                versions);
    }

    @Test
    void bothDatabasesHaveTheSameStepsWithTheSameMeaning() {
        assertEquals(SchemaMigrations.migrations(SqlDialect.SQLITE).stream().map(m -> m.version() + " " + m.description()).toList(),
                SchemaMigrations.migrations(SqlDialect.POSTGRESQL).stream().map(m -> m.version() + " " + m.description()).toList());
    }

    @Test
    void twoClientsOpeningANewDatabaseAtOnceApplyEachStepOnce() throws Exception {
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String user = "analyst" + i;
            threads.add(Thread.ofPlatform().start(() -> {
                try (AnnotationStore s = store.open(reports, user)) {
                    s.tags();
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
        try (Connection c = store.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT version) FROM schema_history")) {
            rs.next();
            assertEquals(SchemaMigrations.migrations(SqlDialect.POSTGRESQL).size(), rs.getInt(1));
            assertEquals(SchemaMigrations.migrations(SqlDialect.POSTGRESQL).size(), rs.getInt(2));
        }
    }

    @Test
    void everyoneWhoMayConnectCanCodeAndOnlyUndoesTheirOwnChanges() {
        try (AnnotationStore owner = open()) {
            long energy = tag(owner, "Energy", null);
            PgEndpoint member = PgTestCluster.shared().addMember(endpoint(), endpoint().user() + "_bob", "bob-pw");
            try (AnnotationStore bob = AnnotationStore.openTeam(member, reports, null, ChangeOrigin.WORKBENCH)) {
                assertEquals(member.user(), bob.user(), "without a name given, the analyst is the login role");
                ChangeEvent e = bob.execute(new Change.AddCoding(energy, Target.claim(pipeline.id())));
                assertEquals(member.user(), e.user());
                assertEquals(member.user(), bob.codings(pipeline.id()).getFirst().creator());
                assertEquals("ok", bob.integrityCheck());
            }
            assertEquals(List.of("Energy"), owner.tagPathsForClaim(pipeline.id()));
        }
    }

    @Test
    void aMemberCannotCreateTheStoreAndIsToldTheOwnerMustOpenItFirst() throws Exception {
        PgEndpoint member = PgTestCluster.shared().addMember(endpoint(), endpoint().user() + "_cy", "cy-pw");
        AnnotationException x = assertThrows(AnnotationException.class, () -> AnnotationStore.openTeam(member,
                reports, null, ChangeOrigin.WORKBENCH));
        assertTrue(x.getMessage().startsWith("'" + member.user() + "' may not change the tables of the team's"
                + " database " + member.describe() + " ("), x.getMessage());
        assertTrue(x.getMessage().endsWith("Its owner must open it first with this version of Rapporteur; then the"
                + " team can work in it."), x.getMessage());
        assertEquals(0, AnnotationStore.teamSchemaVersion(endpoint()), "nothing was created");
        try (AnnotationStore owner = open()) {
            tag(owner, "Energy", null);
        }
        try (AnnotationStore cy = AnnotationStore.openTeam(member, reports, null, ChangeOrigin.WORKBENCH)) {
            assertEquals(List.of("Energy"), cy.tags().stream().map(Tag::name).toList());
        }
    }

    @Test
    void theConnectionSaysWhoAndWhichProgram() throws Exception {
        try (AnnotationStore s = store.open(reports, "Asif", ChangeOrigin.WORKBENCH)) {
            s.tags();
            try (Connection c = store.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT application_name FROM pg_stat_activity WHERE"
                         + " datname = current_database() AND pid <> pg_backend_pid()")) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                assertTrue(names.contains("rapporteur:Asif:WORKBENCH"), names.toString());
            }
        }
    }

    @Test
    void rowsCopiedInWithTheirIdsAreFollowedByTheSequences() throws Exception {
        try (AnnotationStore s = open()) {
            tag(s, "Energy", null);
        }
        try (Connection c = store.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO tag (id, name, colour, creator, created_at, modified_at) VALUES (40, 'Copied',"
                    + " '#000000', 'someone', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
        }
        try (AnnotationStore s = open()) {
            assertTrue(s.integrityCheck().contains("the id sequence of tag is behind its rows"), s.integrityCheck());
        }
        try (Connection c = store.connect()) {
            PostgresDatabase.resetSequences(c);
        }
        try (AnnotationStore s = open()) {
            assertEquals("ok", s.integrityCheck());
            assertEquals(41, tag(s, "Water", null));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithASentence() {
        PgEndpoint e = endpoint();
        PgEndpoint wrong = new PgEndpoint(e.host(), e.port(), e.database(), e.user(), "not-it", e.sslMode());
        AnnotationException x = assertThrows(AnnotationException.class, () -> AnnotationStore.openTeam(wrong,
                reports, null, ChangeOrigin.WORKBENCH));
        assertEquals("The team server 127.0.0.1:" + e.port() + " refused the password of '" + e.user() + "'. Check"
                + " the password in your PostgreSQL password file (~/.pgpass) or in PGPASSWORD.", x.getMessage());
        assertFalse(x instanceof StoreUnavailableException, "retrying cannot help");
        assertThrows(AnnotationException.class, () -> AnnotationStore.teamSchemaVersion(wrong));
    }

    @Test
    void anUnknownDatabaseIsNamed() {
        PgEndpoint e = endpoint();
        PgEndpoint none = new PgEndpoint(e.host(), e.port(), "no_such_db", e.user(), e.password(), e.sslMode());
        AnnotationException x = assertThrows(AnnotationException.class, () -> AnnotationStore.openTeam(none,
                reports, null, ChangeOrigin.WORKBENCH));
        assertEquals("There is no database 'no_such_db' on the team server 127.0.0.1:" + e.port() + ". Check the"
                + " name in the team address.", x.getMessage());
    }

    @Test
    void aRoleThatMayNotConnectIsToldToAskTheAdministrator() {
        PgEndpoint e = endpoint();
        String eve = e.user() + "_eve";
        PgTestCluster.shared().admin("postgres", "REVOKE CONNECT ON DATABASE " + e.database() + " FROM PUBLIC",
                "CREATE ROLE " + eve + " LOGIN PASSWORD 'eve-pw'");
        PgEndpoint outsider = new PgEndpoint(e.host(), e.port(), e.database(), eve, "eve-pw", e.sslMode());
        AnnotationException x = assertThrows(AnnotationException.class, () -> AnnotationStore.openTeam(outsider,
                reports, null, ChangeOrigin.WORKBENCH));
        assertEquals("'" + eve + "' may not connect to the database '" + e.database() + "' on 127.0.0.1:"
                + e.port() + ". Ask the team's administrator to add you to the team.", x.getMessage());
    }

    @Test
    void anUnreachableServerIsUnavailableNotRefused() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        PgEndpoint e = endpoint();
        PgEndpoint away = new PgEndpoint("127.0.0.1", closedPort, e.database(), e.user(), e.password(), "disable");
        AnnotationException x = assertThrows(AnnotationException.class, () -> AnnotationStore.openTeam(away,
                reports, null, ChangeOrigin.WORKBENCH));
        assertInstanceOf(StoreUnavailableException.class, x);
        assertTrue(x.getMessage().startsWith("The team server 127.0.0.1:" + closedPort + " cannot be reached"),
                x.getMessage());
    }

    @Test
    void aServerWithoutTlsRefusesAnAddressThatRequiresIt() {
        PgEndpoint e = endpoint();
        PgEndpoint tls = new PgEndpoint(e.host(), e.port(), e.database(), e.user(), e.password(), "require");
        AnnotationException x = assertThrows(AnnotationException.class, () -> AnnotationStore.openTeam(tls,
                reports, null, ChangeOrigin.WORKBENCH));
        assertTrue(x.getMessage().startsWith("The team server 127.0.0.1:" + e.port() + " does not offer TLS"),
                x.getMessage());
    }

    @Test
    void aServerRestartCostsOneFailedCallAtMostAndNoData() throws Exception {
        try (PgTestCluster own = PgTestCluster.startNew()) {
            PgEndpoint e = own.newDatabase();
            try (AnnotationStore s = AnnotationStore.openTeam(e, reports, "tester", ChangeOrigin.WORKBENCH)) {
                tag(s, "Energy", null);
                own.stop();
                AnnotationException x = assertThrows(AnnotationException.class, s::tags);
                assertInstanceOf(StoreUnavailableException.class, x, x.getMessage());
                own.start();
                assertEquals(List.of("Energy"), s.tags().stream().map(Tag::name).toList(),
                        "the next call connects again");
                tag(s, "Water", null);
                own.stop();
                own.start();
                assertEquals(2, s.tags().size(), "a connection that died while idle is replaced at once");
                own.stop();
                own.start();
                tag(s, "Trade", null); // a write too: nothing of it had reached the server, so it goes through
                assertEquals(List.of("Energy", "Trade", "Water"), s.tags().stream().map(Tag::name).toList());
                assertEquals(3, s.history(10).size(), "each change journalled once");
            }
        }
    }
}
