package org.rapporteur.annotations;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to a team's server as one {@link StoreHealth} value, with listeners that hear every change of it
 * (state, or the number of changes waiting). Thread-safe; listeners run on the thread that made the change (the
 * follower's, or the caller's that met the lost server) and must be quick.
 */
final class TeamHealth {
    private static final Logger LOG = LoggerFactory.getLogger(TeamHealth.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final String location;
    private final List<Consumer<StoreHealth>> listeners = new CopyOnWriteArrayList<>();
    private StoreHealth current;
    private int pending;
    private int unwritten;

    TeamHealth(String location) {
        this.location = location;
        this.current = new StoreHealth(StoreHealth.State.CONNECTED, connectedSentence(0, 0), Instant.now(), 0);
    }

    /** True once a {@link ChangeFollower} watches the server: then only it says the server is back. */
    private volatile boolean followed;

    void followed() {
        followed = true;
    }

    /**
     * A call went through. Without a follower nothing else would notice the server is back (a command-line process),
     * so the call says so.
     */
    void answered() {
        if (!followed && lost()) {
            serverBack();
        }
    }

    synchronized StoreHealth current() {
        return current;
    }

    boolean lost() {
        return current().state() == StoreHealth.State.LOST;
    }

    /** The server stopped answering ({@code reason}: what the driver said, for the log). */
    void serverLost(String reason) {
        StoreHealth next;
        synchronized (this) {
            if (current.state() == StoreHealth.State.LOST) {
                return;
            }
            LOG.warn("team server {} lost: {}", location, reason);
            Instant since = Instant.now();
            next = new StoreHealth(StoreHealth.State.LOST, lostSentence(since, pending), since, pending);
            current = next;
        }
        fire(next);
    }

    /** The server answers again (and the changes kept meanwhile have been written, or refused). */
    void serverBack() {
        StoreHealth next;
        synchronized (this) {
            if (current.state() == StoreHealth.State.CONNECTED) {
                return;
            }
            LOG.info("team server {} back", location);
            next = new StoreHealth(StoreHealth.State.CONNECTED, connectedSentence(pending, unwritten), Instant.now(),
                    pending);
            current = next;
        }
        fire(next);
    }

    /** How many changes wait on this machine, and how many could not be written when the server was back. */
    void counts(int waiting, int refused) {
        StoreHealth next;
        synchronized (this) {
            if (waiting == pending && refused == unwritten) {
                return;
            }
            pending = waiting;
            unwritten = refused;
            next = current.state() == StoreHealth.State.LOST
                    ? new StoreHealth(StoreHealth.State.LOST, lostSentence(current.since(), waiting), current.since(),
                    waiting)
                    : new StoreHealth(current.state(), connectedSentence(waiting, refused), current.since(), waiting);
            current = next;
        }
        fire(next);
    }

    AutoCloseable addListener(Consumer<StoreHealth> listener) {
        listeners.add(java.util.Objects.requireNonNull(listener));
        return () -> listeners.remove(listener);
    }

    private void fire(StoreHealth h) {
        for (Consumer<StoreHealth> l : listeners) {
            try {
                l.accept(h);
            } catch (RuntimeException e) {
                LOG.warn("health listener failed on {}: {}", h.state(), e.toString(), e);
            }
        }
    }

    private String lostSentence(Instant since, int waiting) {
        return "The team server " + location + " cannot be reached since " + CLOCK.format(since) + "; retrying."
                + (waiting == 0 ? " Changes you make are kept on this machine until it is back."
                : " " + changes(waiting) + " kept on this machine, to be written when it is back.");
    }

    private String connectedSentence(int waiting, int refused) {
        String s = "Connected to the team server " + location + ".";
        if (waiting > 0) {
            s += " " + changes(waiting) + " kept on this machine still to be written.";
        }
        if (refused > 0) {
            s += " " + changes(refused) + " made while the server was away could not be written: see them in the"
                    + " team status.";
        }
        return s;
    }

    private static String changes(int n) {
        return n == 1 ? "1 change" : n + " changes";
    }
}
