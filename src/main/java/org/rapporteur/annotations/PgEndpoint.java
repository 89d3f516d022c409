package org.rapporteur.annotations;

import java.util.Objects;

/**
 * A team's PostgreSQL database: where it is and who connects. The password is never part of {@link #toString()} or
 * {@link #describe()}, and never written to {@code workspace.json}: it comes from the PostgreSQL password file or
 * the environment ({@code PGPASSWORD}) when the endpoint is resolved (issue 17).
 *
 * @param password null when none is known (the server may not need one)
 * @param sslMode  PostgreSQL's sslmode ({@code prefer} unless the URL says otherwise: TLS when the server offers it)
 */
public record PgEndpoint(String host, int port, String database, String user, String password, String sslMode) {
    public static final int DEFAULT_PORT = 5432;

    public PgEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        sslMode = sslMode == null || sslMode.isBlank() ? "prefer" : sslMode;
    }

    /** {@code postgresql://user@host:port/database}: what messages, logs and {@code workspace.json} show. */
    public String describe() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return describe();
    }
}
