package org.rapporteur.annotations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQLite connection with the settings that make the store safe for several processes: WAL journal (readers never
 * block the writer), a busy timeout, {@code synchronous=FULL} (a committed change survives a crash of the process
 * and of the machine), foreign keys on. Writes run in {@code BEGIN IMMEDIATE} transactions, so a writer takes the
 * write lock up front and never fails halfway through on a lock upgrade; a write that still meets SQLITE_BUSY (e.g.
 * while another process recovers the WAL after a crash) is rolled back and retried with back-off.
 *
 * <p>Thread-safe: every unit of work holds one lock, since a JDBC connection is not meant for concurrent use.
 */
final class SqliteDatabase implements StoreDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** How long a write keeps retrying on SQLITE_BUSY beyond the busy timeout before giving up. */
    private static final long RETRY_DEADLINE_MS = 60_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    SqliteDatabase(Path file) {
        this.file = file.toAbsolutePath();
        try {
            Path parent = this.file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Properties props = new Properties();
            props.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
            props.setProperty("foreign_keys", "true");
            this.connection = DriverManager.getConnection("jdbc:sqlite:" + this.file, props);
            retrying(conn -> {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                    s.execute("PRAGMA foreign_keys = ON");
                    // Persistent: set once per file, but cheap to repeat and it must win over an older file's mode.
                    try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                        if (rs.next() && !"wal".equalsIgnoreCase(rs.getString(1))) {
                            throw new AnnotationException("The annotation store " + this.file
                                    + " cannot use write-ahead logging (journal mode " + rs.getString(1) + ").");
                        }
                    }
                    s.execute("PRAGMA synchronous = FULL");
                }
                return null;
            });
        } catch (java.io.IOException | SQLException e) {
            throw new AnnotationException("Cannot open the annotation store " + this.file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.SQLITE;
    }

    @Override
    public String location() {
        return file.toString();
    }

    /** Runs {@code work} in a write transaction ({@code BEGIN IMMEDIATE}), retrying on SQLITE_BUSY. */
    @Override
    public <T> T write(SqlWork<T> work) {
        return transaction("BEGIN IMMEDIATE", work);
    }

    /** Runs {@code work} in a read transaction, so several queries see one consistent snapshot. */
    @Override
    public <T> T read(SqlWork<T> work) {
        return transaction("BEGIN DEFERRED", work);
    }

    private <T> T transaction(String begin, SqlWork<T> work) {
        lock.lock();
        try {
            return retrying(conn -> {
                try (Statement s = connection.createStatement()) {
                    s.execute(begin);
                }
                boolean committed = false;
                try {
                    T result = work.run(connection);
                    try (Statement s = connection.createStatement()) {
                        s.execute("COMMIT");
                    }
                    committed = true;
                    return result;
                } finally {
                    if (!committed) {
                        rollbackQuietly();
                    }
                }
            });
        } catch (SQLException e) {
            throw new AnnotationException("The annotation store " + file + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void rollbackQuietly() {
        try (Statement s = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            } else {
                s.execute("ROLLBACK");
            }
        } catch (SQLException e) {
            // No transaction left to roll back (SQLite ends it by itself on some errors): nothing to undo.
            LOG.trace("rollback: {}", e.getMessage());
        }
    }

    private <T> T retrying(SqlWork<T> work) throws SQLException {
        long deadline = System.currentTimeMillis() + RETRY_DEADLINE_MS;
        int attempt = 0;
        while (true) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (!busy(e) || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                attempt++;
                LOG.debug("annotation store busy (attempt {}): {}", attempt, e.getMessage());
                sleep(Math.min(200, 5L << Math.min(attempt, 5)) + ThreadLocalRandom.current().nextInt(10));
            }
        }
    }

    private static boolean busy(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        String m = String.valueOf(e.getMessage());
        return primary == 5 || primary == 6 || m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnnotationException("Interrupted while waiting for the annotation store.", e);
        }
    }

    /** {@code PRAGMA integrity_check}: "ok" or the problems found. */
    @Override
    public String integrityCheck() {
        return read(c -> {
            StringBuilder sb = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    sb.append(sb.isEmpty() ? "" : "\n").append(rs.getString(1));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    sb.append("\nforeign key broken: ").append(rs.getString(1)).append(" row ").append(rs.getLong(2));
                }
            }
            return sb.toString();
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing {}: {}", file, e.getMessage());
        } finally {
            lock.unlock();
        }
    }
}
