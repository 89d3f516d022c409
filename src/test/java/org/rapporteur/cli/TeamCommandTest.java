package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.testing.TeamHome;
import org.rapporteur.testing.TeamTestCase;

/**
 * {@code rapporteur team connect|status|disconnect} on a real PostgreSQL server, and every kind of bad input the
 * issue names: each is one sentence on stderr, exit code 1, and the workspace and the team database as they were.
 */
class TeamCommandTest extends TeamTestCase {
    Path ws;

    @BeforeEach
    void setUp() throws Exception {
        ws = dir.resolve("ws");
        try (Workspace w = Workspace.open(ws)) {
            w.updateSettings(settings -> settings.withPreference("theme", "dark"));
        }
        assertEquals(ExitCodes.OK, CliRun.run(ws, "tag", "add", "Mine").exit());
    }

    private CliRun team(String... args) {
        List<String> all = new ArrayList<>(List.of("team", args[0], "--workspace=" + ws));
        all.addAll(List.of(args).subList(1, args.length));
        return CliRun.run(null, all.toArray(String[]::new));
    }

    private String url() {
        return TeamHome.url(team);
    }

    @Test
    void connectStatusAndDisconnectOnARealServer() {
        CliRun before = team("status");
        assertEquals(ExitCodes.OK, before.exit(), before.err());
        assertTrue(before.out().startsWith("This workspace is not in a team"), before.out());

        CliRun joined = team("connect", url(), "--move-annotations");
        assertEquals(ExitCodes.OK, joined.exit(), joined.err());
        assertTrue(joined.out().startsWith("Joined the team at " + team.describe() + " as " + team.user()
                + " (not encrypted)."), joined.out());
        assertTrue(joined.out().contains("rows of annotations are now in the team database"), joined.out());

        CliRun tags = CliRun.run(ws, "tag", "list");
        assertTrue(tags.out().contains("Mine"), "the moved tag, now read from the team: " + tags.out());

        CliRun status = team("status");
        assertEquals(ExitCodes.OK, status.exit(), status.err());
        assertTrue(status.out().contains("team:        " + team.describe()), status.out());
        assertTrue(status.out().contains("analyst:     " + team.user()), status.out());
        assertTrue(status.out().contains("connection:  not encrypted"), status.out());
        assertTrue(status.out().contains("schema:      " + AnnotationStore.schemaVersion()), status.out());
        assertTrue(status.out().contains("health:      connected"), status.out());
        assertTrue(status.out().contains("  " + team.user() + " (command_line"), "this command is connected: "
                + status.out());

        JsonNode json = team("status", "--json").json();
        assertTrue(json.get("team").asBoolean());
        assertEquals(team.user(), json.get("analyst").asText());
        assertFalse(json.get("encrypted").asBoolean());
        assertEquals(0, json.get("pendingChanges").asInt());

        CliRun left = team("disconnect", "--copy-annotations");
        assertEquals(ExitCodes.OK, left.exit(), left.err());
        assertTrue(left.out().startsWith("Left the team; its "), left.out());
        assertTrue(CliRun.run(ws, "tag", "list").out().contains("Mine"), "copied back");
        assertTrue(team("status").out().startsWith("This workspace is not in a team"));
    }

    @Test
    void aPasswordInTheUrlIsUsedOnceAndTheAnalystIsToldWhereToPutIt() throws IOException {
        String typed = "postgresql://" + team.user() + ":" + team.password() + "@" + team.host() + ":"
                + team.port() + "/" + team.database();
        CliRun r = team("connect", typed);
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("used this once and not stored"), r.out());
        assertTrue(r.out().contains(team.host() + ":" + team.port() + ":" + team.database() + ":" + team.user()
                + ":YOUR_PASSWORD"), r.out());
        assertFalse(r.out().contains(team.password()), r.out());
        assertFalse(Files.readString(ws.resolve("workspace.json")).contains(team.password()));
    }

    @Test
    void savePasswordPutsTheTypedPasswordInThePasswordFileSoTheWorkspaceOpensWithoutIt() throws IOException {
        PgEndpoint zoe = PgTestCluster.shared().addMember(team, "zoe_" + team.database(), "zoes-secret");
        assertEquals(ExitCodes.OK, team("connect", url()).exit(), "the database's owner makes the team's store");
        assertEquals(ExitCodes.OK, team("disconnect").exit());
        String typed = "postgresql://" + zoe.user() + ":" + zoe.password() + "@" + zoe.host() + ":" + zoe.port()
                + "/" + zoe.database();
        Path pgpass = home.home.resolve(".pgpass");
        String before = Files.readString(pgpass);
        CliRun r = team("connect", typed, "--save-password");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("The password was saved in your password file " + pgpass), r.out());
        assertFalse(Files.readString(ws.resolve("workspace.json")).contains("zoes-secret"));
        assertTrue(Files.readString(pgpass).endsWith(before), "the other lines are kept");
        CliRun status = team("status");
        assertEquals(ExitCodes.OK, status.exit(), "opens with the saved password: " + status.err());
        assertTrue(status.out().contains("analyst:     " + zoe.user()), status.out());
    }

    // ---- bad input: one sentence, exit 1, nothing changed

    private void refused(String expected, String... args) throws Exception {
        String settings = Files.readString(ws.resolve("workspace.json"));
        List<String> tables = tables(team);
        CliRun r = team(args);
        assertEquals(ExitCodes.USER_ERROR, r.exit(), r.out() + r.err());
        String err = r.err().strip();
        assertTrue(err.startsWith("rapporteur: "), err);
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.contains(expected), err);
        assertFalse(err.contains("Exception"), err);
        assertEquals(settings, Files.readString(ws.resolve("workspace.json")), "workspace.json unchanged");
        assertEquals(tables, tables(team), "the team database unchanged");
        assertTrue(CliRun.run(ws, "tag", "list").out().contains("Mine"), "the workspace's own store still works");
    }

    @Test
    void aWrongPasswordIsRefusedPlainly() throws Exception {
        refused("refused the password of '" + team.user() + "'", "connect", "postgresql://" + team.user()
                + ":not-the-password@" + team.host() + ":" + team.port() + "/" + team.database());
    }

    @Test
    void aMemberWhoMayNotMakeTheTeamsStoreIsToldWhoMust() throws Exception {
        PgEndpoint zoe = PgTestCluster.shared().addMember(team, "zoe_" + team.database(), "zoes-secret");
        refused("may not create or update the team's annotation store", "connect", "postgresql://" + zoe.user()
                + ":" + zoe.password() + "@" + zoe.host() + ":" + zoe.port() + "/" + zoe.database());
    }

    @Test
    void anUnreachableServerIsRefusedPlainly() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        refused("cannot be reached", "connect", "postgresql://" + team.user() + "@127.0.0.1:" + closed + "/"
                + team.database());
    }

    @Test
    void anUnknownDatabaseIsRefusedPlainly() throws Exception {
        refused("There is no database 'no_such_team'", "connect", "postgresql://" + team.user() + ":"
                + team.password() + "@" + team.host() + ":" + team.port() + "/no_such_team");
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        assertEquals(ExitCodes.OK, team("connect", url()).exit());
        assertEquals(ExitCodes.OK, team("disconnect").exit());
        int newer = AnnotationStore.schemaVersion() + 1;
        PgTestCluster.shared().admin(team.database(), "INSERT INTO schema_history (version, description, "
                + "applied_at) VALUES (" + newer + ", 'from the future', 'tomorrow')");
        refused("was written by a newer Rapporteur (schema " + newer, "connect", url());
        assertEquals(newer, maxVersion(team), "the newer schema was not touched");
    }

    @Test
    void aUrlThatIsNotAPostgresqlOneIsRefusedPlainly() throws Exception {
        refused("not a PostgreSQL one", "connect", "mysql://" + team.host() + "/" + team.database());
        refused("names no database", "connect", "postgresql://" + team.host() + ":" + team.port());
    }

    @Test
    void aServerThatIsNotPostgresqlIsRefusedPlainly() throws Exception {
        try (ServerSocket web = new ServerSocket(0)) {
            Thread t = Thread.ofVirtual().start(() -> {
                while (!web.isClosed()) {
                    try (Socket s = web.accept(); OutputStream o = s.getOutputStream()) {
                        s.getInputStream().read(new byte[64]);
                        o.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            refused("does not answer as PostgreSQL does", "connect", "postgresql://" + team.user() + "@127.0.0.1:" + web.getLocalPort() + "/"
                    + team.database());
            t.interrupt();
        }
    }

    // ---- looking at the team database as its administrator

    private static List<String> tables(PgEndpoint e) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = admin(e); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static int maxVersion(PgEndpoint e) throws Exception {
        try (Connection c = admin(e); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_history")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection admin(PgEndpoint e) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", e.user());
        p.setProperty("password", e.password());
        p.setProperty("sslmode", "disable");
        return DriverManager.getConnection("jdbc:postgresql://" + e.host() + ":" + e.port() + "/" + e.database(), p);
    }
}
