package org.rapporteur.annotations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team's annotation store on PostgreSQL (issue 17, ADR 0036): one connection, guarded by a lock as
 * {@link SqliteDatabase}'s is. A write runs in a transaction whose first statement takes the store's transaction-
 * scoped advisory lock, so writers from every workbench serialise exactly as SQLite's {@code BEGIN IMMEDIATE} makes
 * them, and the undo journal keeps one line. A read runs in a {@code REPEATABLE READ READ ONLY} transaction: one
 * snapshot for all its queries.
 *
 * <p>When the connection breaks (server restarted, network gone) the unit of work fails with a
 * {@link StoreUnavailableException}, the connection is dropped and the next unit of work opens a new one. A read, and
 * a write that failed before anything of it reached the server, are tried once more on a fresh connection when they
 * met a connection that had died while idle; a write whose COMMIT may have reached the server never is
 * ({@link CommitOutcomeUnknownException}). Retrying over a longer outage is the caller's (part live).
 *
 * <p>The connection says who it is in {@code application_name} ({@code rapporteur:<user>:<origin>}), which is how
 * the others see who is connected. Thread-safe.
 */
final class PostgresDatabase implements StoreDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
    /** The advisory lock every writer of a team's store takes first; any fixed number works ("RAPPORTR"). */
    static final long WRITE_LOCK = 0x5241_5050_4f52_5452L;
    /** Seconds to wait for the server to answer a connection attempt. */
    private static final int CONNECT_TIMEOUT_S = 10;
    /** How long a writer waits for another's write lock before giving up, as SQLite's busy timeout + retry. */
    private static final String LOCK_TIMEOUT = "60s";

    private final PgEndpoint endpoint;
    private final String applicationName;
    private final ReentrantLock lock = new ReentrantLock();
    /** Null after it broke or was closed: the next unit of work connects again. */
    private Connection connection;
    private boolean closed;

    /** Connects at once, so a wrong password or an unreachable server is said when the store is opened. */
    PostgresDatabase(PgEndpoint endpoint, String user, ChangeOrigin origin) {
        this.endpoint = endpoint;
        this.applicationName = applicationName(user, origin);
        this.connection = connect(endpoint, applicationName, false);
    }

    /** {@code rapporteur:<user>:<origin>}, what {@code pg_stat_activity} shows for this store (at most 63 bytes). */
    static String applicationName(String user, ChangeOrigin origin) {
        String name = "rapporteur:" + (user == null ? "" : user.replace(':', '_')) + ":"
                + (origin == null ? ChangeOrigin.UNKNOWN : origin).name();
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        return b.length <= 63 ? name : new String(b, 0, 63, StandardCharsets.UTF_8).replace("\uFFFD", "");
    }

    /**
     * A new connection to {@code endpoint}, its failures said in words ({@link PgFailures#opening}). {@code readOnly}
     * connections are for looking without changing anything (the team part's probe).
     */
    static Connection connect(PgEndpoint endpoint, String applicationName, boolean readOnly) {
        Properties p = new Properties();
        p.setProperty("user", endpoint.user());
        if (endpoint.password() != null) {
            p.setProperty("password", endpoint.password());
        }
        p.setProperty("sslmode", endpoint.sslMode());
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_S));
        p.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_S));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("options", "-c lock_timeout=" + LOCK_TIMEOUT);
        if (readOnly) {
            p.setProperty("readOnly", "true");
        }
        try {
            Connection c = DriverManager.getConnection(url(endpoint), p);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw PgFailures.opening(endpoint, e);
        }
    }

    static String url(PgEndpoint e) {
        String host = e.host().contains(":") && !e.host().startsWith("[") ? "[" + e.host() + "]" : e.host();
        return "jdbc:postgresql://" + host + ":" + e.port() + "/"
                + URLEncoder.encode(e.database(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    PgEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    public String location() {
        return endpoint.describe();
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        return transaction(true, work);
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return transaction(false, work);
    }

    private <T> T transaction(boolean write, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new AnnotationException("The team's annotation store " + location() + " is closed.");
            }
            boolean reused = connection != null;
            try {
                return attempt(write, work);
            } catch (StaleConnection stale) {
                if (!reused) {
                    throw PgFailures.working(endpoint, stale.sqlCause());
                }
                // The connection died while idle (the server restarted): nothing of this unit reached the server.
                LOG.debug("team store connection was stale, reconnecting: {}", stale.getMessage());
                try {
                    return attempt(write, work);
                } catch (StaleConnection again) {
                    throw PgFailures.working(endpoint, again.sqlCause());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Thrown when the connection failed at the transaction's first statement: safe to try again on a new one. */
    private static final class StaleConnection extends RuntimeException {
        StaleConnection(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }

    private <T> T attempt(boolean write, SqlWork<T> work) {
        if (connection == null) {
            connection = connect(endpoint, applicationName, false);
        }
        Connection c = connection;
        try (Statement s = c.createStatement()) {
            // The first statement of the transaction (pgJDBC sends BEGIN with it).
            if (write) {
                s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
            } else {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
        } catch (SQLException e) {
            rollbackQuietly(c);
            if (PgFailures.connectionLost(e)) {
                drop();
                throw new StaleConnection(e);
            }
            throw PgFailures.working(endpoint, e);
        }
        T result;
        try {
            result = work.run(c);
        } catch (SQLException e) {
            rollbackQuietly(c);
            if (PgFailures.connectionLost(e)) {
                drop();
            }
            throw PgFailures.working(endpoint, e);
        } catch (RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
        try {
            c.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(c);
            if (PgFailures.connectionLost(e)) {
                drop();
                if (write) {
                    throw new CommitOutcomeUnknownException("The connection to the team server " + endpoint.host()
                            + ":" + endpoint.port() + " broke while a change was being saved; it may or may not have"
                            + " been saved. Look before making it again.", e);
                }
            }
            throw PgFailures.working(endpoint, e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed()) {
                c.rollback();
            }
        } catch (SQLException e) {
            LOG.trace("rollback: {}", e.getMessage());
        }
    }

    /** Forgets a broken connection; the next unit of work opens a new one. */
    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.trace("closing a broken connection: {}", e.getMessage());
            }
            connection = null;
        }
    }

    /**
     * What the schema does not enforce by itself: every identity sequence ahead of its table's largest id (else the
     * next insert fails), every anchor owned by an annotation, every row of the journal naming a known change.
     */
    @Override
    public String integrityCheck() {
        return read(c -> {
            List<String> problems = new ArrayList<>();
            for (String[] seq : identitySequences(c)) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT coalesce(max(id),"
                        + " 0) FROM " + seq[0] + "), last_value, is_called FROM " + seq[1])) {
                    rs.next();
                    long max = rs.getLong(1);
                    long next = rs.getBoolean(3) ? rs.getLong(2) + 1 : rs.getLong(2);
                    if (next <= max) {
                        problems.add("the id sequence of " + seq[0] + " is behind its rows (next " + next + ", largest"
                                + " id " + max + ")");
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a.id FROM anchor a WHERE"
                    + " NOT EXISTS (SELECT 1 FROM coding WHERE anchor_id = a.id) AND NOT EXISTS (SELECT 1 FROM note"
                    + " WHERE anchor_id = a.id) AND NOT EXISTS (SELECT 1 FROM link WHERE a.id IN (source_anchor_id,"
                    + " target_anchor_id)) AND NOT EXISTS (SELECT 1 FROM correction WHERE anchor_id = a.id) ORDER BY"
                    + " a.id LIMIT 20")) {
                while (rs.next()) {
                    problems.add("anchor " + rs.getLong(1) + " belongs to no annotation");
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM note WHERE"
                    + " (target_kind IN ('CLAIM', 'SELECTION') AND anchor_id IS NULL) OR (target_kind = 'TAG' AND"
                    + " tag_id IS NULL) OR (target_kind = 'REPORT' AND report_id IS NULL) OR (target_kind = 'PERSON'"
                    + " AND person IS NULL) ORDER BY id LIMIT 20")) {
                while (rs.next()) {
                    problems.add("note " + rs.getLong(1) + " has lost its target");
                }
            }
            return problems.isEmpty() ? "ok" : String.join("\n", problems);
        });
    }

    /** Table and sequence of every identity column in the store's schema, e.g. {@code [tag, public.tag_id_seq]}. */
    static List<String[]> identitySequences(Connection c) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, pg_get_serial_sequence(quote_ident("
                + "table_name), column_name) FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND is_identity = 'YES' AND column_name = 'id' ORDER BY table_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    /**
     * Moves every id sequence past its table's largest id, for after rows were copied in with their ids (the team
     * part's move of a workspace's annotations): without it the next insert would take an id that exists.
     */
    static void resetSequences(Connection c) throws SQLException {
        for (String[] seq : identitySequences(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT setval('" + seq[1]
                    + "', greatest((SELECT coalesce(max(id), 0) FROM " + seq[0] + "), 1), (SELECT count(*) > 0 FROM "
                    + seq[0] + "))")) {
                rs.next();
            }
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            drop();
        } finally {
            lock.unlock();
        }
    }
}
