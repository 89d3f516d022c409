package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What only the team store's schema on PostgreSQL needs beyond the migrations it shares with SQLite
 * ({@link SchemaMigrations}, in PostgreSQL's words by {@link SqlDialect}; issue 17, ADR 0036): the version is the
 * largest in {@code schema_history} (there is no {@code user_version}), and after each step every table and sequence
 * is granted to {@code PUBLIC}: whoever may connect to the database is on the team (ADR 0036). Who may connect is the
 * administrator's {@code GRANT CONNECT}.
 */
final class PostgresSchema {
    private PostgresSchema() {
    }

    /** The largest version in {@code schema_history}; 0 for a database without the store's tables. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT to_regclass('schema_history') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_history")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Lets every role that may connect to the database use the store's tables and sequences (the team is who may
     * connect). Grants on tables the migrating role does not own are skipped by PostgreSQL with a warning.
     */
    static void grantToTeam(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            String schema;
            try (ResultSet rs = s.executeQuery("SELECT quote_ident(current_schema())")) {
                rs.next();
                schema = rs.getString(1);
            }
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO PUBLIC");
            s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO PUBLIC");
        }
    }
}
