package org.rapporteur.annotations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.rapporteur.testing.PgTestCluster;

/**
 * Where a contract test's store lives (issue 17): a SQLite file in the test's temp folder, or a fresh database on the
 * throwaway PostgreSQL server. Every store the test opens is on the same place, so "another process" is another store
 * on the same file or database.
 */
abstract class StoreBackend {
    abstract AnnotationStore open(ClaimResolver resolver, String user, ChangeOrigin origin);

    AnnotationStore open(ClaimResolver resolver, String user) {
        return open(resolver, user, ChangeOrigin.UNKNOWN);
    }

    /** A plain connection to the store's database, beside the store, for looking and tampering. */
    abstract Connection connect() throws SQLException;

    abstract SqlDialect dialect();

    /** Puts the store at schema {@code version}, as a newer Rapporteur would have left it. */
    abstract void setSchemaVersion(int version) throws SQLException;

    /** The schema version recorded in the store. */
    int schemaVersion() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            return SchemaMigrations.version(c, dialect());
        }
    }

    /** Every annotation table, row by row, for before/after comparisons ({@code anchored_at} left out). */
    String dump() throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String t : List.of("tag", "anchor", "coding", "note", "link", "correction", "person_decision",
                    "suggestion_rejection")) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t + " ORDER BY id")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        sb.append(t);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String col = md.getColumnName(i);
                            if (!col.equals("anchored_at")) {
                                sb.append(' ').append(col).append('=').append(rs.getString(i));
                            }
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    static StoreBackend sqlite(Path dir) {
        return new Sqlite(dir.resolve(AnnotationStore.FILE_NAME));
    }

    static StoreBackend postgres() {
        return new Postgres(PgTestCluster.shared().newDatabase());
    }

    static final class Sqlite extends StoreBackend {
        final Path file;

        Sqlite(Path file) {
            this.file = file;
        }

        @Override
        AnnotationStore open(ClaimResolver resolver, String user, ChangeOrigin origin) {
            return AnnotationStore.open(file, resolver, user, origin);
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        }

        @Override
        SqlDialect dialect() {
            return SqlDialect.SQLITE;
        }

        @Override
        void setSchemaVersion(int version) throws SQLException {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("PRAGMA user_version = " + version);
            }
        }

        @Override
        public String toString() {
            return "SQLite";
        }
    }

    static final class Postgres extends StoreBackend {
        final PgEndpoint endpoint;

        Postgres(PgEndpoint endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        AnnotationStore open(ClaimResolver resolver, String user, ChangeOrigin origin) {
            return AnnotationStore.openTeam(endpoint, resolver, user, origin);
        }

        @Override
        Connection connect() throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", endpoint.user());
            p.setProperty("password", endpoint.password());
            p.setProperty("sslmode", "disable");
            return DriverManager.getConnection(PostgresDatabase.url(endpoint), p);
        }

        @Override
        SqlDialect dialect() {
            return SqlDialect.POSTGRESQL;
        }

        @Override
        void setSchemaVersion(int version) throws SQLException {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO schema_history (version, description, applied_at) VALUES (" + version
                        + ", 'a newer Rapporteur', '2030-01-01T00:00:00Z')");
            }
        }

        @Override
        public String toString() {
            return "PostgreSQL";
        }
    }
}
