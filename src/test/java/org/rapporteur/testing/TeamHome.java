package org.rapporteur.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.rapporteur.annotations.PgEndpoint;

/**
 * A home folder of the test's own with a PostgreSQL password file in it, made {@code user.home} until closed: the
 * workspace finds its team password where an analyst's would be (the environment cannot be set from Java, so the
 * test needs PGPASSWORD and PGPASSFILE to be unset, as they are on CI).
 */
public final class TeamHome implements AutoCloseable {
    private final String before = System.getProperty("user.home");
    public final Path home;

    public TeamHome(Path dir, PgEndpoint... endpoints) throws IOException {
        Assumptions.assumeTrue(System.getenv("PGPASSWORD") == null && System.getenv("PGPASSFILE") == null
                && System.getenv("PGUSER") == null, "PGPASSWORD, PGPASSFILE or PGUSER is set");
        home = Files.createDirectories(dir.resolve("home"));
        StringBuilder lines = new StringBuilder();
        for (PgEndpoint e : endpoints) {
            lines.append(e.host()).append(':').append(e.port()).append(':').append(e.database()).append(':')
                    .append(e.user()).append(':').append(e.password()).append('\n');
        }
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, lines);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("user.home", home.toString());
    }

    /** The team URL an analyst would type: user, server and database, no password. */
    public static String url(PgEndpoint e) {
        return "postgresql://" + e.user() + "@" + e.host() + ":" + e.port() + "/" + e.database();
    }

    @Override
    public void close() {
        System.setProperty("user.home", before);
    }
}
