package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.testing.TeamHome;

/**
 * TLS when the server offers it (sslmode=prefer, the default), on a test server of its own with a self-signed
 * certificate made by openssl; and a team URL that demands TLS from a server without it is refused.
 */
class TeamTlsTest {
    static PgTestCluster tlsServer;
    static Path certs;

    @TempDir
    Path dir;

    @BeforeAll
    static void startATlsServer() throws Exception {
        tlsServer = PgTestCluster.startNew();
        certs = Files.createTempDirectory("rapporteur-tls-");
        Files.setPosixFilePermissions(certs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process p = new ProcessBuilder("openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj",
                "/CN=127.0.0.1", "-keyout", certs.resolve("server.key").toString(), "-out",
                certs.resolve("server.crt").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        Files.setPosixFilePermissions(certs.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(certs.resolve("server.crt"), PosixFilePermissions.fromString("rw-r--r--"));
        if ("root".equals(System.getProperty("user.name"))) { // the server runs as postgres, which must own the key
            new ProcessBuilder("chown", "postgres:postgres", certs.resolve("server.key").toString(),
                    certs.resolve("server.crt").toString()).start().waitFor();
        }
        tlsServer.admin("postgres", "ALTER SYSTEM SET ssl_cert_file = '" + certs.resolve("server.crt") + "'",
                "ALTER SYSTEM SET ssl_key_file = '" + certs.resolve("server.key") + "'",
                "ALTER SYSTEM SET ssl = on", "SELECT pg_reload_conf()");
    }

    @AfterAll
    static void stop() throws Exception {
        if (tlsServer != null) {
            tlsServer.close();
        }
        for (String f : List.of("server.key", "server.crt", "")) {
            Files.deleteIfExists(f.isEmpty() ? certs : certs.resolve(f));
        }
    }

    @Test
    void preferUsesTlsWhenTheServerOffersItAndStatusSaysSo() throws Exception {
        PgEndpoint team = tlsServer.newDatabase();
        try (TeamHome home = new TeamHome(dir, team)) {
            TeamService.TeamProbe probe = TeamService.probe(TeamHome.url(team));
            assertTrue(probe.ok(), probe.message() + "\n" + tlsServer.log());
            assertTrue(probe.tls(), probe.message());
            assertTrue(probe.message().contains("encrypted with TLS"), probe.message());

            TeamService.TeamProbe plain = TeamService.probe(TeamHome.url(team) + "?sslmode=disable");
            assertTrue(plain.ok(), plain.message());
            assertFalse(plain.tls(), "sslmode=disable: no TLS although offered");

            Path ws = dir.resolve("ws");
            TeamService.Joined joined = TeamService.join(ws, TeamHome.url(team), null, false, ProgressListener.NONE,
                    Cancellation.NEVER);
            assertTrue(joined.status().encrypted());
            try (Workspace w = Workspace.open(ws)) {
                assertTrue(w.teamStatus().encrypted(), "the workspace's status says the connection is encrypted");
            }
        }
    }

    @Test
    void requireIsRefusedByAServerWithoutTlsAndVerifyFullByAnUntrustedCertificate() throws Exception {
        PgEndpoint plain = PgTestCluster.shared().newDatabase();
        PgEndpoint tls = tlsServer.newDatabase();
        try (TeamHome home = new TeamHome(dir, plain, tls)) {
            TeamService.TeamProbe required = TeamService.probe(TeamHome.url(plain) + "?sslmode=require");
            assertFalse(required.ok());
            assertTrue(required.message().contains("does not offer TLS"), required.message());

            TeamService.TeamProbe verified = TeamService.probe(TeamHome.url(tls) + "?sslmode=verify-full");
            assertFalse(verified.ok(), "a self-signed certificate is not trusted");
            assertTrue(verified.message().contains("TLS"), verified.message());
            assertEquals(0, verified.schemaVersion());
        }
    }
}
