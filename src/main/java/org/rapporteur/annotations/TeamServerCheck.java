package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Looks at a team database without changing it: can this analyst get in, is the connection encrypted, which schema
 * is the store at and how much does it hold. What {@code rapporteur team connect} checks before it records anything,
 * what {@code team status} says about TLS, and what the workbench's Connect to team… dialog shows as you type.
 */
public final class TeamServerCheck {
    /**
     * @param tls           the connection is encrypted (TLS); with sslmode=prefer, whether the server offered it
     * @param schemaVersion the store's schema in the database; 0 for a database without a store yet
     * @param rows          rows of annotations the store holds (anything but its schema history)
     * @param server        the server's version, e.g. {@code PostgreSQL 15.8}
     */
    public record Facts(boolean tls, int schemaVersion, long rows, String server) {
        /** True when this build cannot open the store: a newer Rapporteur wrote it. */
        public boolean newer() {
            return schemaVersion > SchemaMigrations.latestVersion();
        }
    }

    private TeamServerCheck() {
    }

    /**
     * Connects read-only and reads the facts; an {@link AnnotationException} with a sentence for a wrong password,
     * an unknown database, an unreachable server (then a {@link StoreUnavailableException}) or refused TLS.
     */
    public static Facts check(PgEndpoint endpoint) {
        try (Connection c = connect(endpoint)) {
            try (Statement s = c.createStatement()) {
                boolean tls;
                try (ResultSet rs = s.executeQuery("SELECT coalesce((SELECT ssl FROM pg_stat_ssl "
                        + "WHERE pid = pg_backend_pid()), false)")) {
                    rs.next();
                    tls = rs.getBoolean(1);
                }
                String server;
                try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version')")) {
                    rs.next();
                    server = "PostgreSQL " + rs.getString(1).split(" ")[0];
                }
                int version = PostgresSchema.version(c);
                long rows = version == 0 ? 0 : StoreCopier.rowsIn(c, SqlDialect.POSTGRESQL);
                c.rollback();
                return new Facts(tls, version, rows, server);
            }
        } catch (SQLException e) {
            throw PgFailures.working(endpoint, e);
        }
    }

    /**
     * A read-only connection. A server that answers PostgreSQL's first message with something else (a web server on
     * the port) breaks the protocol before TLS could even start: said as a wrong port, not as a certificate problem.
     */
    private static Connection connect(PgEndpoint endpoint) {
        try {
            return PostgresDatabase.connect(endpoint, PostgresDatabase.applicationName(endpoint.user(),
                    ChangeOrigin.UNKNOWN), true);
        } catch (AnnotationException e) {
            if (e.getCause() instanceof SQLException s && "08P01".equals(s.getSQLState())) {
                throw new AnnotationException("The server at " + endpoint.host() + ":" + endpoint.port() + " does not"
                        + " answer as PostgreSQL does: check the port in the team address (PostgreSQL's is usually "
                        + PgEndpoint.DEFAULT_PORT + ").", e);
            }
            throw e;
        }
    }

    /**
     * Creates the store's tables in the team database, or brings them to this build's schema; refuses one of a newer
     * schema with the store's sentence and changes nothing then.
     */
    public static int prepare(PgEndpoint endpoint) {
        try (StoreDatabase db = TeamDatabases.open(endpoint)) {
            SchemaMigrations.migrate(db);
            return db.read(c -> SchemaMigrations.version(c, db.dialect()));
        } catch (AnnotationException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException s && "42501".equals(s.getSQLState())) {
                    throw new AnnotationException("'" + endpoint.user() + "' may not create or update the team's "
                            + "annotation store in the database '" + endpoint.database() + "': the database's owner "
                            + "joins first (or the administrator lets this role create tables there). Nothing was "
                            + "changed.", e);
                }
            }
            throw e;
        }
    }
}
