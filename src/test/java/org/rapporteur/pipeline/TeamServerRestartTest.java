package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.testing.SharedData;

/**
 * The team's server stopped and started again under a running workbench, end to end (issue 17): a team workspace
 * opened through {@link Workspace} in a JVM of its own ({@link TeamClientMain}, as a workbench holds it), the server
 * stopped with {@code pg_ctl stop -m fast} while the analyst adds notes, then started again. The client says the
 * server is lost, keeps what was typed meanwhile on this machine, reconnects without being reopened, and writes the
 * kept notes; afterwards the team database holds every note exactly once, and the same client writes on.
 */
class TeamServerRestartTest {
    @TempDir
    Path dir;

    @Test
    void aRunningClientKeepsWhatWasTypedWhileTheServerWasAwayAndWritesItWhenItIsBack() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var files = Files.list(SharedData.corpus())) {
            Path report = files.filter(p -> p.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
            Files.copy(report, corpus.resolve(report.getFileName()));
        }
        Path ws = dir.resolve("ws");
        List<String> claims = new ArrayList<>();
        try (Workspace w = Workspace.open(ws, ChangeOrigin.COMMAND_LINE)) {
            w.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
            w.corpus().reports().forEach(r -> w.corpus().claimsOf(r.id()).stream().map(ClaimRecord::claim).limit(8)
                    .forEach(c -> claims.add(c.id())));
        }
        assertTrue(claims.size() >= 4, "claims: " + claims);
        try (PgTestCluster server = PgTestCluster.startNew()) {
            PgEndpoint team = server.newDatabase();
            Path pgpass = dir.resolve("pgpass");
            Files.writeString(pgpass, "*:" + team.port() + ":" + team.database() + ":" + team.user() + ":"
                    + team.password() + "\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
            String url = "postgresql://" + team.user() + ":" + team.password() + "@" + team.host() + ":"
                    + team.port() + "/" + team.database() + "?sslmode=disable";
            TeamService.connect(ws, url, null, false, ProgressListener.NONE, Cancellation.NEVER);
            assertTrue(!Files.readString(ws.resolve("workspace.json")).contains(team.password()),
                    "no password in workspace.json");

            Client client = Client.start(ws, pgpass, dir.resolve("client.err"));
            try {
                client.await(0, l -> l.startsWith("READY"), 60);
                List<String> typed = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    int from = client.lines.size();
                    String text = client.note(claims.get(i), "before the restart " + i);
                    typed.add(text);
                    client.await(from, l -> l.startsWith("OK ") && l.endsWith(text), 30);
                }
                int stopped = client.lines.size();
                server.stop();
                List<String> away = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    int from = client.lines.size();
                    String text = client.note(claims.get(i % claims.size()), "while the server is away " + i);
                    away.add(text);
                    String outcome = client.await(from, l -> l.endsWith(" " + text) && !l.startsWith("HEALTH")
                            || l.startsWith("ERR "), 60);
                    assertTrue(outcome.startsWith("KEPT "), "a note typed while the server is away is kept: "
                            + outcome);
                }
                client.await(stopped, l -> l.startsWith("HEALTH LOST"), 60);
                int started = client.lines.size();
                server.start();
                client.await(started, l -> l.startsWith("HEALTH CONNECTED 0"), 90);
                int from = client.lines.size();
                String after = client.note(claims.get(3), "after the restart, same client");
                client.await(from, l -> l.startsWith("OK ") && l.endsWith(after), 30);
                typed.addAll(away);
                typed.add(after);
                try (AnnotationStore fresh = AnnotationStore.openTeam(team, ClaimResolver.none(), "checker",
                        ChangeOrigin.UNKNOWN)) {
                    List<String> texts = fresh.notes().stream().map(Note::text).sorted().toList();
                    assertEquals(typed.stream().sorted().toList(), texts, "every typed note, exactly once");
                    assertEquals("ok", fresh.integrityCheck());
                }
            } finally {
                client.quit();
            }
            assertTrue(client.lines.stream().noneMatch(l -> l.startsWith("ERR ")), "no refused note: "
                    + client.lines);
        }
    }

    /** The child process and the lines it printed, in order. */
    private record Client(Process process, PrintStream in, List<String> lines) {
        static Client start(Path ws, Path pgpass, Path err) throws IOException {
            String java = ProcessHandle.current().info().command().orElse(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString());
            ProcessBuilder b = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    TeamClientMain.class.getName(), ws.toString()).redirectError(err.toFile());
            b.environment().put("PGPASSFILE", pgpass.toString());
            b.environment().remove("PGPASSWORD");
            Process p = b.start();
            Client c = new Client(p, new PrintStream(p.getOutputStream(), true, StandardCharsets.UTF_8),
                    new java.util.concurrent.CopyOnWriteArrayList<>());
            Thread.ofPlatform().daemon().name("team-client-out").start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        c.lines.add(line);
                    }
                } catch (IOException e) {
                    // the client ended
                }
            });
            return c;
        }

        String note(String claim, String text) {
            in.println("note " + claim + " " + text);
            return text;
        }

        /** The first line from index {@code from} on that matches, waiting at most {@code seconds}. */
        String await(int from, Predicate<String> wanted, int seconds) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            while (System.nanoTime() < end) {
                List<String> seen = List.copyOf(lines);
                for (int i = from; i < seen.size(); i++) {
                    if (wanted.test(seen.get(i))) {
                        return seen.get(i);
                    }
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the client did not say what was awaited in " + seconds + " s; it said "
                    + lines);
        }

        void quit() throws InterruptedException {
            in.println("quit");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
