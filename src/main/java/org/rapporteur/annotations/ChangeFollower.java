package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a team's store live (issue 17, ADR 0038): on a connection of its own it LISTENs on
 * {@value #CHANNEL}, where every recorded change event is announced at commit, and has the store read the new events
 * the moment one arrives. A slow poll stays as a safety net (a notification is not kept while nobody listens; the
 * store's poll reads every event after the last one seen, so none is missed).
 *
 * <p>When the server goes away (the wait for notifications fails, or the store meets an unavailable server), health
 * turns LOST and this thread retries with back-off from 0.5 s to 10 s; when the server answers again the store
 * catches up (poll, then the changes kept meanwhile) and health turns CONNECTED. One daemon thread; {@link #close()}
 * stops it.
 */
final class ChangeFollower implements AutoCloseable {
    static final String CHANNEL = "rapporteur_changes";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFollower.class);
    private static final long FIRST_RETRY_MS = 500;
    private static final long LAST_RETRY_MS = 10_000;
    /** The longest a wait for notifications blocks, so a lost server is probed and close() is seen soon. */
    private static final long MAX_WAIT_MS = 1_000;

    /** Opens the follower's own connection to the team's database. */
    interface Connector {
        Connection open() throws SQLException;
    }

    /** What the follower has the store do. */
    interface Store {
        /** Reads and announces the events after the last one seen. */
        void poll();

        /** The server answers (again): read what was missed, write the changes kept meanwhile, say CONNECTED. */
        void catchUp();
    }

    private final Connector connector;
    private final Store store;
    private final TeamHealth health;
    private final long fallbackMs;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    ChangeFollower(Connector connector, Store store, TeamHealth health, Duration fallbackPoll) {
        this.connector = connector;
        this.store = store;
        this.health = health;
        this.fallbackMs = Math.max(50, fallbackPoll.toMillis());
        this.thread = new Thread(this::run, "annotation-follow");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        long retry = FIRST_RETRY_MS;
        long nextPoll = System.currentTimeMillis() + fallbackMs;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = listening(connector.open());
                    store.catchUp(); // notifications sent while nobody listened are lost: read the events instead
                    retry = FIRST_RETRY_MS;
                    nextPoll = System.currentTimeMillis() + fallbackMs;
                } else if (health.lost()) {
                    // This connection is fine but the store's own met a lost server: probe it through the store.
                    store.catchUp();
                    retry = FIRST_RETRY_MS;
                }
                long wait = health.lost() ? retry : Math.min(MAX_WAIT_MS, Math.max(1, nextPoll
                        - System.currentTimeMillis()));
                PGNotification[] got = connection.unwrap(PGConnection.class).getNotifications((int) wait);
                if (got != null && got.length > 0 || System.currentTimeMillis() >= nextPoll) {
                    store.poll();
                    nextPoll = System.currentTimeMillis() + fallbackMs;
                }
            } catch (SQLException | StoreUnavailableException e) {
                if (closed) {
                    break;
                }
                health.serverLost(e.getMessage());
                drop();
                retry = pause(retry);
            } catch (RuntimeException e) {
                if (closed) {
                    break;
                }
                // A poll refused for another reason (a damaged event, say) must not end the following.
                LOG.warn("following the team's changes failed: {}", e.toString(), e);
                retry = pause(retry);
            }
        }
        drop();
    }

    /**
     * The connection a follower listens on: to the team's database like the store's own, but named
     * {@code rapporteur-follow:<user>:<origin>}, so {@link AnnotationStore#members()} (which counts {@code rapporteur:}
     * connections) lists each open store once; in autocommit, since notifications arrive between transactions.
     */
    static Connection connect(PgEndpoint endpoint, String user, ChangeOrigin origin) throws SQLException {
        Connection c = PostgresDatabase.connect(endpoint, PostgresDatabase.applicationName(user, origin)
                .replaceFirst("^rapporteur:", "rapporteur-follow:"), false);
        c.setAutoCommit(true);
        return c;
    }

    private static Connection listening(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private long pause(long retry) {
        try {
            Thread.sleep(retry);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
        return Math.min(LAST_RETRY_MS, retry * 2);
    }

    private void drop() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.trace("closing the listening connection: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drop();
    }
}
