package org.rapporteur.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.rapporteur.annotations.PgEndpoint;

/**
 * A throwaway PostgreSQL server for tests (issue 17, ADR on the test server): {@code initdb} and {@code pg_ctl} of
 * the distribution's PostgreSQL ({@code .ci/run} installs it) in a temporary folder, on a free loopback port, with
 * password authentication, so wrong passwords are really refused. No mocks of the database.
 *
 * <p>{@link #shared()} is one server for the whole test JVM (started on first use, stopped at exit); each test takes
 * its own database from it with {@link #newDatabase()}. Tests that stop and start the server make their own with
 * {@link #startNew()} and close it.
 *
 * <p>PostgreSQL refuses to run as root; as root (CI), the server runs as the {@code postgres} user the package
 * creates. The binaries come from {@code RAPPORTEUR_PG_BIN}, else the newest {@code /usr/lib/postgresql/N/bin}.
 */
public final class PgTestCluster implements AutoCloseable {
    /** The superuser's name and password in every test cluster. */
    public static final String ADMIN = "rapporteur_admin";
    private static final String ADMIN_PASSWORD = "admin-secret";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PgTestCluster shared;

    private final Path dir;
    private final Path bin;
    private final boolean asPostgresUser;
    private final int port;
    private final List<String> created = new ArrayList<>();

    private PgTestCluster(Path dir, Path bin, boolean asPostgresUser, int port) {
        this.dir = dir;
        this.bin = bin;
        this.asPostgresUser = asPostgresUser;
        this.port = port;
    }

    /** The JVM's shared server, started on first use. */
    public static synchronized PgTestCluster shared() {
        if (shared == null) {
            shared = startNew();
            PgTestCluster s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "pg-test-cluster-stop"));
        }
        return shared;
    }

    /** A server of the caller's own (for tests that stop and restart it); close it when done. */
    public static PgTestCluster startNew() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rapporteur-pg-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            if (root) {
                run(List.of("chown", "postgres:postgres", dir.toString()), false, dir);
            }
            Path pw = dir.resolve("pwfile");
            Files.writeString(pw, ADMIN_PASSWORD + "\n");
            if (root) {
                run(List.of("chown", "postgres:postgres", pw.toString()), false, dir);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", ADMIN,
                    "--pwfile=" + pw, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"), root, dir);
            IOException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                PgTestCluster c = new PgTestCluster(dir, bin, root, freePort());
                try {
                    c.start();
                    return c;
                } catch (IOException e) {
                    last = e;
                }
            }
            throw last;
        } catch (IOException e) {
            if (dir != null) {
                deleteTree(dir); // a server that never started leaves nothing behind
            }
            throw new IllegalStateException("Cannot start a PostgreSQL test server: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** Starts the server (again) on its port; waits until it accepts connections. */
    public void start() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off -c max_connections=200", "start"),
                asPostgresUser, dir);
    }

    /** Stops the server ({@code pg_ctl stop -m fast}: connections are cut, committed work is kept). */
    public void stop() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w",
                "stop"), asPostgresUser, dir);
    }

    /**
     * A new empty database owned by a new login role with a password; the endpoint connects as that role. The
     * database name, role and password are fresh each time.
     */
    public PgEndpoint newDatabase() {
        int n = DATABASES.incrementAndGet();
        String db = "team" + n + "_" + ProcessHandle.current().pid();
        String owner = "analyst" + n;
        String password = "pw-" + n;
        // FILE_COPY: the default since PostgreSQL 15 (WAL_LOG) writes the whole template through the WAL, which made
        // each test's database cost about 0.3 s instead of 0.1 s (measured under load); with fsync off, as here, the
        // checkpoints FILE_COPY makes cost next to nothing. Older servers know only the copy.
        String strategy = majorVersion(bin) >= 15 ? " STRATEGY FILE_COPY" : "";
        admin("postgres", "CREATE ROLE " + owner + " LOGIN PASSWORD '" + password + "'",
                "CREATE DATABASE " + db + " OWNER " + owner + strategy);
        created.add(db);
        return new PgEndpoint("127.0.0.1", port, db, owner, password, "disable");
    }

    /** Another analyst who may connect to {@code team}'s database: a new login role, allowed to connect. */
    public PgEndpoint addMember(PgEndpoint team, String role, String password) {
        admin("postgres", "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'",
                "GRANT CONNECT ON DATABASE " + team.database() + " TO " + role);
        return new PgEndpoint(team.host(), team.port(), team.database(), role, password, team.sslMode());
    }

    /** Runs statements as the superuser in {@code database}, each in its own transaction. */
    public void admin(String database, String... sql) {
        Properties p = new Properties();
        p.setProperty("user", ADMIN);
        p.setProperty("password", ADMIN_PASSWORD);
        p.setProperty("sslmode", "disable");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
             Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test server: " + e.getMessage(), e);
        }
    }

    /** The server's log, for a failing test's message. */
    public String log() {
        try {
            return Files.readString(dir.resolve("server.log"));
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), asPostgresUser, dir);
        } catch (IOException e) {
            // already stopped: nothing to do
        }
        deleteTree(dir);
    }

    /**
     * Deletes the temp folder. Twice if need be: the server's last files (its pid file, statistics) can still be
     * written while the first walk runs, which left folders behind.
     */
    private static void deleteTree(Path dir) {
        for (int attempt = 0; attempt < 2 && Files.exists(dir); attempt++) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file vanished during the walk: walk again
            }
        }
    }

    /** Where the PostgreSQL server programs are; a clear message when they are not installed. */
    static Path binaries() {
        String env = System.getenv("RAPPORTEUR_PG_BIN");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PgTestCluster::majorVersion))
                    .orElseThrow(() -> new IllegalStateException("The team-mode tests need a PostgreSQL server:"
                            + " install Debian's package 'postgresql' (.ci/run does), or set RAPPORTEUR_PG_BIN to"
                            + " the folder with initdb and pg_ctl."));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot look for PostgreSQL under " + root + ": " + e.getMessage(), e);
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(List<String> command, boolean asPostgresUser, Path dir) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true).start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + out.strip());
        }
    }
}
