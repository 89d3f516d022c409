package org.rapporteur.annotations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.rapporteur.model.Claim;
import org.rapporteur.progress.NamedThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's work in one SQLite file ({@code workspace/annotations.db}) or, for a team, in a PostgreSQL database
 * ({@link #openTeam}): codebook, codings, notes, links and corrections, all anchored so they survive re-extraction,
 * with undo and redo through one command path. Both behave the same (ADR 0036).
 *
 * <p>Contract:
 * <ul>
 *   <li>Every change goes through {@link #execute(Change)}, in one short write transaction with its journal entry;
 *       it either happens entirely or not at all, also when the process is killed.</li>
 *   <li>Several stores (threads, or a GUI and a CLI process) may work on the same file at once: writers wait for
 *       each other (busy timeout + retry) instead of failing.</li>
 *   <li>History is shared by everyone on the store, undo is each analyst's own: {@link #undo()} takes back the
 *       newest change in effect made by this store's user (issue 17).</li>
 *   <li>Listeners hear about this store's changes right after commit, on the committing thread; changes by other
 *       processes after {@link #pollExternalChanges()} (call it, or {@link #watchExternalChanges(Duration)}).</li>
 *   <li>Thread-safe. The caller closes it.</li>
 * </ul>
 */
public final class AnnotationStore implements Annotations, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationStore.class);
    /** The file name inside a workspace folder. */
    public static final String FILE_NAME = "annotations.db";
    /**
     * Where a team workspace keeps the changes made while the server is away ({@link #keepChangesWhileAwayIn}), next
     * to {@code workspace.json}.
     */
    public static final String PENDING_FILE_NAME = "team-pending.jsonl";

    private final StoreDatabase db;
    private final ClaimResolver resolver;
    private final String user;
    private final ChangeOrigin origin;
    private final ChangeNarrator narrator;
    private final UndoJournal journal = new UndoJournal();
    private final ChangeExecutor executor;
    private final Reanchorer reanchorer = new Reanchorer();
    private final CorrectionApplier corrections = new CorrectionApplier();
    private final List<Consumer<ChangeEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Set<Long> ownEvents = ConcurrentHashMap.newKeySet();
    private final Object pollLock = new Object();
    /** Held by a poll while it takes external events and its listeners hear them (see pollExternalChanges). */
    private final Object deliveryLock = new Object();
    private long lastSeenEvent;
    private ScheduledExecutorService watcher;
    // ---- live collaboration (issue 17, ADR 0038); all null for a single-user store
    private final TeamHealth teamHealth;
    /** Opens the connection the follower listens on; set by openTeam. */
    private volatile ChangeFollower.Connector listenConnector;
    private ChangeFollower follower;
    private volatile PendingChanges kept;
    /** One writer of the kept changes at a time, so they are written once and in order. */
    private final Object keptLock = new Object();

    private AnnotationStore(Path file, ClaimResolver resolver, String user, ChangeOrigin origin) {
        this(new SqliteDatabase(file), resolver, user, origin);
    }

    private AnnotationStore(StoreDatabase database, ClaimResolver resolver, String user, ChangeOrigin origin) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.origin = origin == null ? ChangeOrigin.UNKNOWN : origin;
        this.narrator = new ChangeNarrator(resolver);
        this.user = user == null || user.isBlank() ? Objects.requireNonNullElse(System.getProperty("user.name"),
                "unknown") : user.strip();
        this.teamHealth = database.dialect() == SqlDialect.POSTGRESQL ? new TeamHealth(database.location()) : null;
        this.db = teamHealth == null ? database : new HealthWatchingDatabase(database, teamHealth);
        try {
            SchemaMigrations.migrate(db);
            this.lastSeenEvent = db.read(journal::lastEventId);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        this.executor = new ChangeExecutor(resolver, this.user, AnnotationStore::now);
    }

    /** Opens (creating or migrating) the store in {@code file}, acting as the user in {@code user.name}. */
    public static AnnotationStore open(Path file, ClaimResolver resolver) {
        return new AnnotationStore(file, resolver, null, ChangeOrigin.UNKNOWN);
    }

    /** Opens the store acting as {@code user} (null or blank: {@code user.name}). */
    public static AnnotationStore open(Path file, ClaimResolver resolver, String user) {
        return new AnnotationStore(file, resolver, user, ChangeOrigin.UNKNOWN);
    }

    /**
     * Opens the store acting as {@code user} for the program {@code origin}: every change and event it writes records
     * the origin, so other windows can say where the change came from.
     */
    public static AnnotationStore open(Path file, ClaimResolver resolver, String user, ChangeOrigin origin) {
        return new AnnotationStore(file, resolver, user, origin);
    }

    /** The newest store schema this build reads and writes. */
    public static int schemaVersion() {
        return SchemaMigrations.latestVersion();
    }

    /**
     * The schema version of {@code workspace/annotations.db} (0 when there is none), read without changing the file:
     * a read-only connection, so a store written by a newer Rapporteur is seen before anything opens it for writing.
     */
    public static int schemaVersionOf(Path workspace) {
        Path file = workspace.resolve(FILE_NAME);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return 0;
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(SqliteDatabase.BUSY_TIMEOUT_MS);
        try (java.sql.Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return SchemaMigrations.userVersion(c);
        } catch (java.sql.SQLException e) {
            throw new AnnotationException("Cannot read the annotation store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens {@code workspace/annotations.db}. */
    public static AnnotationStore openWorkspace(Path workspace, ClaimResolver resolver) {
        return open(workspace.resolve(FILE_NAME), resolver);
    }

    /** Opens {@code workspace/annotations.db} for the program {@code origin}. */
    public static AnnotationStore openWorkspace(Path workspace, ClaimResolver resolver, ChangeOrigin origin) {
        return open(workspace.resolve(FILE_NAME), resolver, null, origin);
    }

    /** The program this store writes changes for. */
    public ChangeOrigin origin() {
        return origin;
    }

    /** The SQLite file of a single-user workspace; null for a team's store on PostgreSQL. */
    public Path file() {
        return db instanceof SqliteDatabase s ? s.file() : null;
    }

    /** Where the store is, for messages: a file path, or {@code postgresql://user@host:port/db} (no password). */
    @Override
    public String location() {
        return db.location();
    }

    /** True when this is a team's store on PostgreSQL (issue 17). */
    @Override
    public boolean isTeam() {
        return db.dialect() == SqlDialect.POSTGRESQL;
    }

    // ---- team mode (issue 17). The parts named in each skeleton fill it in.

    /**
     * Opens (creating or migrating) a team's store on PostgreSQL, acting as {@code user} for {@code origin}. Refuses
     * a wrong password, an unreachable server and a database of a newer schema with an {@link AnnotationException}
     * saying which, and changes nothing then. Part pgstore.
     */
    public static AnnotationStore openTeam(PgEndpoint endpoint, ClaimResolver resolver, String user,
                                           ChangeOrigin origin) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(resolver, "resolver");
        String analyst = user == null || user.isBlank() ? endpoint.user() : user.strip();
        AnnotationStore store = new AnnotationStore(new PostgresDatabase(endpoint, analyst, origin), resolver, analyst,
                origin);
        store.listenWith(() -> ChangeFollower.connect(endpoint, analyst, origin));
        return store;
    }

    /**
     * The schema version of a team's database (0 when it has no store yet), read in a read-only transaction without
     * changing anything: the team part's probe sees a database of a newer schema before anything opens it. Throws
     * the same sentences as {@link #openTeam} for a wrong password, an unknown database or an unreachable server.
     */
    public static int teamSchemaVersion(PgEndpoint endpoint) {
        try (java.sql.Connection c = PostgresDatabase.connect(endpoint, PostgresDatabase.applicationName(
                endpoint.user(), ChangeOrigin.UNKNOWN), true)) {
            try {
                return PostgresSchema.version(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw PgFailures.working(endpoint, e);
        }
    }

    /**
     * The connection to a team's server, as the workbench shows it: connected, lost (and retrying) or back. Always
     * {@link StoreHealth#local()} for a single-user store. Part live.
     */
    @Override
    public StoreHealth health() {
        return teamHealth == null ? StoreHealth.local() : teamHealth.current();
    }

    /**
     * Hears about every change of {@link #health()} (on the thread that noticed it: the follower's, or a caller's that
     * met the lost server); returns a handle that removes the listener. Part live.
     */
    @Override
    public AutoCloseable addHealthListener(Consumer<StoreHealth> listener) {
        return teamHealth == null ? () -> { } : teamHealth.addListener(listener);
    }

    /**
     * Who has this team's store open now, this store included ({@link TeamMember#self()}), oldest connection first;
     * empty for a single-user store. Read from {@code pg_stat_activity}, where each store's connection is named
     * {@code rapporteur:<user>:<origin>}; a role that may not see another's connection details still sees its name,
     * but not its host or start (null then). Empty while the server is away ({@link #health()} says so). Part live.
     */
    @Override
    public List<TeamMember> members() {
        if (teamHealth == null) {
            return List.of();
        }
        try {
            return db.read(TeamPresence::members);
        } catch (StoreUnavailableException away) {
            // Nobody can be seen while the server is away; health() says so (the call just marked it lost).
            return List.of();
        }
    }

    @Override
    public void watchOtherProcesses() {
        followChanges(isTeam() ? TEAM_SAFETY_POLL : Duration.ofMillis(500));
    }

    /** How often a team store polls although notifications push every change: only a safety net. */
    private static final Duration TEAM_SAFETY_POLL = Duration.ofSeconds(30);

    /**
     * Pushes this store's changes to the others as they commit (PostgreSQL LISTEN/NOTIFY) and follows theirs;
     * for a single-user store, the same as {@link #watchExternalChanges(Duration)} with {@code fallbackPoll}. In team
     * mode a follower thread waits for notifications on a connection of its own, polls every {@code fallbackPoll} as
     * a safety net, and reconnects with back-off when the server goes away (see {@link #health()}). Part live.
     */
    public void followChanges(Duration fallbackPoll) {
        if (teamHealth == null || listenConnector == null) {
            watchExternalChanges(fallbackPoll);
            return;
        }
        synchronized (this) {
            if (follower != null) {
                return;
            }
            follower = new ChangeFollower(listenConnector, new ChangeFollower.Store() {
                @Override
                public void poll() {
                    pollExternalChanges();
                }

                @Override
                public void catchUp() {
                    catchUpWithServer();
                }
            }, teamHealth, fallbackPoll);
            teamHealth.followed();
            follower.start();
        }
    }

    private synchronized boolean following() {
        return follower != null;
    }

    /** Used by openTeam: how the follower opens its own connection to the team's database. */
    void listenWith(ChangeFollower.Connector connector) {
        this.listenConnector = connector;
    }

    /**
     * Keeps the changes made while the team's server is away in {@code file} (JSON lines next to the workspace,
     * e.g. {@code workspace/team-pending.jsonl}), and writes them, in order, when it is back. Changes kept there by an
     * earlier session (one that crashed, or closed while the server was away) are written now if the server answers.
     * Without this call a team store refuses changes while the server is away. Nothing for a single-user store.
     */
    public void keepChangesWhileAwayIn(java.nio.file.Path file) {
        if (teamHealth == null) {
            return;
        }
        synchronized (keptLock) {
            kept = new PendingChanges(file);
            teamHealth.counts(kept.size(), kept.unwrittenCount());
        }
        if (kept.size() > 0 && !teamHealth.lost()) {
            writeKeptChanges();
        }
    }

    /** Changes made while the server was away that it refused when it was back, with why; oldest first. */
    @Override
    public List<UnwrittenChange> unwrittenChanges() {
        PendingChanges k = kept;
        return k == null ? List.of() : k.unwritten();
    }

    /** The analyst has read the list of {@link #unwrittenChanges()}: it is cleared. */
    @Override
    public void forgetUnwrittenChanges() {
        PendingChanges k = kept;
        if (k != null) {
            synchronized (keptLock) {
                k.forgetUnwritten();
                teamHealth.counts(k.size(), 0);
            }
        }
    }

    /**
     * What change {@code changeId} replaced when it overwrote another analyst's edit of a tag or note (last writer
     * wins, {@link ChangeEvent#overwrote()}): the replaced value, kept in the journal, and the change that puts it
     * back ({@link OverwrittenEdit#puttingBack()}). Empty when the change overwrote nobody.
     */
    @Override
    public Optional<OverwrittenEdit> overwritten(long changeId) {
        return db.read(c -> journal.overwritten(c, changeId));
    }

    /** Puts back the edit that change {@code changeId} replaced, as one new (undoable) change. */
    @Override
    public ChangeEvent putBack(long changeId) {
        OverwrittenEdit edit = overwritten(changeId).orElseThrow(() -> new AnnotationException("Change " + changeId
                + " replaced nobody's edit: there is nothing to put back."));
        return execute(edit.puttingBack());
    }

    /** The server answers (again): read the events missed, write the kept changes, then say CONNECTED. */
    private void catchUpWithServer() {
        pollExternalChanges();
        if (writeKeptChanges()) {
            teamHealth.serverBack();
        }
    }

    /**
     * Writes the kept changes in order, each with its key, so one already in the journal (written just before a
     * crash) is skipped. One the server refuses goes to the unwritten list; an unavailable server stops the run and
     * keeps the rest (false is returned then; the server is marked lost). Returns true when none is left.
     */
    private boolean writeKeptChanges() {
        synchronized (keptLock) {
            PendingChanges k = kept;
            if (k == null) {
                return true;
            }
            try {
                for (Optional<PendingChanges.Kept> next = k.head(); next.isPresent(); next = k.head()) {
                    PendingChanges.Kept change = next.get();
                    if (change.change() == null) {
                        k.refuseHead("This kept change cannot be read by this version of Rapporteur.", now());
                        continue;
                    }
                    try {
                        executeNow(change.change(), change.key());
                        k.dropHead();
                    } catch (StoreUnavailableException | CommitOutcomeUnknownException e) {
                        // The server went (again): this one and the rest stay kept, in order, for the next try.
                        LOG.info("team server away while writing kept changes; {} stay kept", k.size());
                        return false;
                    } catch (AnnotationException e) {
                        LOG.warn("kept change '{}' refused by the team server: {}", change.description(),
                                e.getMessage());
                        k.refuseHead(e.getMessage(), now());
                    }
                }
                return true;
            } finally {
                teamHealth.counts(k.size(), k.unwrittenCount());
            }
        }
    }

    /** Keeps {@code change} on this machine and says so with a {@link ChangeKeptException}. */
    private ChangeKeptException keep(Change change, String key, AnnotationException cause) {
        PendingChanges k = kept;
        synchronized (keptLock) {
            k.keep(key, user, now(), change);
            teamHealth.counts(k.size(), k.unwrittenCount());
        }
        return new ChangeKeptException("The team server cannot be reached: your change (" + change.describe()
                + ") is kept on this machine and will be written when the server is back.", cause);
    }

    /** The team's corpus manifest and shared settings (also kept, unshared, in a single-user store). Part corpus. */
    public SharedCorpus sharedCorpus() {
        return new StoreSharedCorpus(db, this);
    }

    /**
     * Runs {@code work} (a change of the manifest or of a shared setting) in one write transaction with a change
     * event of {@code type}, and tells the listeners. Not journalled for undo: see {@link SharedCorpus}.
     */
    ChangeEvent recordSharedChange(String type, String summary, SqlWork<?> work) {
        ChangeEvent event = own(() -> db.write(c -> {
            work.run(c);
            String now = now();
            UndoJournal.Affected a = new UndoJournal.Affected(Set.of(), Set.of(), false);
            long id = journal.recordEvent(c, 0, ChangeEvent.Action.DONE, type, summary, 0, a, user, origin, now);
            announce(c, id); // the other workbenches hear of it at once (LISTEN/NOTIFY), as of any change
            return new ChangeEvent(id, 0, ChangeEvent.Action.DONE, type, summary, 0, Set.of(), Set.of(), false,
                    false, origin, user, null);
        }));
        fire(event);
        return event;
    }

    @Override
    public String user() {
        return user;
    }

    // ---- the command path

    /**
     * Validates and applies a change, journals it with its inverse and notifies listeners. Refuses (with an
     * {@link AnnotationException} and no change made) unknown tags, claims, reports, name clashes, cycles and tags in
     * use without a delete policy.
     *
     * @return the event; {@link ChangeEvent#entityId()} is the id of what the change created or changed
     */
    @Override
    public ChangeEvent execute(Change change) {
        Objects.requireNonNull(change, "change");
        if (kept == null) {
            return executeNow(change, null);
        }
        // A team store keeping changes while the server is away: a change goes after those already kept, so they are
        // written in the order the analyst made them; while the server is known lost it is kept at once.
        String key = java.util.UUID.randomUUID().toString();
        if (teamHealth.lost() && !following()) {
            try {
                catchUpWithServer(); // nobody else probes the server (a CLI process): this change does
            } catch (StoreUnavailableException stillAway) {
                LOG.debug("team server still away: {}", stillAway.getMessage());
            }
        }
        if (teamHealth.lost() || kept.size() > 0 && !writeKeptChanges()) {
            throw keep(change, key, null);
        }
        try {
            return executeNow(change, key);
        } catch (StoreUnavailableException | CommitOutcomeUnknownException e) {
            // Nothing written, or the commit may have reached the server: either way the change is kept with its
            // key, and the later write finds it in the journal (and skips it) if it did arrive.
            throw keep(change, key, e);
        }
    }

    /**
     * Applies and journals a change; {@code clientKey} (null outside the offline path) is written with it, and a change
     * whose key is in the journal already is not applied again (null returned).
     */
    private ChangeEvent executeNow(Change change, String clientKey) {
        ChangeEvent event = own(() -> db.write(c -> {
            if (clientKey != null && journal.written(c, clientKey)) {
                return null;
            }
            JournalTx tx = new JournalTx(c);
            String summary = narrator.narrate(c, change); // before: what the change removes is still there to name
            long entity = executor.apply(tx, change);
            String now = now();
            long changeId = journal.record(c, change, summary, entity, tx.rows(), user, origin, now);
            journal.markChange(c, changeId, tx.overwrote(), clientKey);
            return event(c, changeId, ChangeEvent.Action.DONE, change.getClass().getSimpleName(), summary, entity,
                    tx.rows(), now, tx.overwrote());
        }));
        if (event != null) {
            fire(event);
        }
        return event;
    }

    /**
     * Applies many changes as one {@link Change.Batch}: one write transaction, one journal entry, one undo step. A kill
     * at any moment leaves all of them or none; a step that is refused, or an exception thrown by {@code steps} (a
     * cancellation), rolls back every step. Listeners hear one event naming every claim touched. Empty when the
     * steps applied nothing (nothing is journalled then).
     */
    @Override
    public Optional<ChangeEvent> executeAll(String summary, BatchSteps steps) {
        return executeAll(summary, ClaimResolver.none(), steps);
    }

    /**
     * As {@link #executeAll(String, BatchSteps)}, checking claims and reports first against {@code known} (what the
     * caller has read already), then against the store's resolver, each once per batch.
     */
    @Override
    public Optional<ChangeEvent> executeAll(String summary, ClaimResolver known, BatchSteps steps) {
        Objects.requireNonNull(steps, "steps");
        Optional<ChangeEvent> event = ownOptional(() -> db.write(c -> {
            ChangeExecutor executor = new ChangeExecutor(new BatchResolver(known, resolver), user,
                    AnnotationStore::now);
            JournalTx tx = new JournalTx(c);
            List<Change> applied = new ArrayList<>();
            try {
                steps.run(change -> {
                    try {
                        long id = executor.apply(tx, Objects.requireNonNull(change, "change"));
                        applied.add(change);
                        return id;
                    } catch (SQLException e) {
                        throw new StepFailed(e);
                    }
                });
            } catch (StepFailed f) {
                throw f.sqlCause();
            }
            if (applied.isEmpty()) {
                return Optional.<ChangeEvent>empty();
            }
            Change.Batch batch = new Change.Batch(summary, applied);
            String now = now();
            long changeId = journal.record(c, batch, batch.describe(), 0, tx.rows(), user, origin, now);
            return Optional.of(event(c, changeId, ChangeEvent.Action.DONE, batch.getClass().getSimpleName(),
                    batch.describe(), 0, tx.rows(), now));
        }));
        event.ifPresent(this::fire);
        return event;
    }

    /** Carries a step's SQL failure out of {@link BatchSteps.Sink#apply}, which cannot throw checked exceptions. */
    private static final class StepFailed extends RuntimeException {
        StepFailed(SQLException cause) {
            super(cause);
        }

        SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }

    /** Re-attaches an anchor (an orphan's, usually) to a claim or a selection; an undoable change. */
    public ChangeEvent reattach(long anchorId, Target target) {
        return execute(new Change.ReattachAnchor(anchorId, target));
    }

    /**
     * Undoes this store's analyst's newest change in effect (issue 17: you undo your own changes, never a
     * colleague's); empty when there is nothing to undo. Refused, naming them, when someone else has changed a row
     * since or their later work depends on it.
     */
    @Override
    public Optional<ChangeEvent> undo() {
        Optional<ChangeEvent> event = ownOptional(() -> db.write(c -> {
            Optional<UndoJournal.Applied> a = journal.undo(c, user);
            if (a.isEmpty()) {
                return Optional.<ChangeEvent>empty();
            }
            UndoJournal.Applied e = a.get();
            return Optional.of(event(c, e.changeId(), ChangeEvent.Action.UNDONE, e.type(), e.summary(),
                    e.entityId(), e.rows(), now()));
        }));
        event.ifPresent(this::fire);
        return event;
    }

    /** Redoes this store's analyst's oldest undone change; empty when there is nothing to redo. */
    @Override
    public Optional<ChangeEvent> redo() {
        Optional<ChangeEvent> event = ownOptional(() -> db.write(c -> {
            Optional<UndoJournal.Applied> a = journal.redo(c, user);
            if (a.isEmpty()) {
                return Optional.<ChangeEvent>empty();
            }
            UndoJournal.Applied e = a.get();
            return Optional.of(event(c, e.changeId(), ChangeEvent.Action.REDONE, e.type(), e.summary(),
                    e.entityId(), e.rows(), now()));
        }));
        event.ifPresent(this::fire);
        return event;
    }

    @Override
    public boolean canUndo() {
        return db.read(c -> journal.canUndo(c, user));
    }

    @Override
    public boolean canRedo() {
        return db.read(c -> journal.canRedo(c, user));
    }

    /** The newest {@code limit} changes, newest first, with their state. */
    @Override
    public List<HistoryEntry> history(int limit) {
        return db.read(c -> journal.history(c, limit));
    }

    private ChangeEvent event(Connection c, long changeId, ChangeEvent.Action action, String type, String summary,
                              long entity, List<JournalTx.RowChange> rows, String now) throws SQLException {
        return event(c, changeId, action, type, summary, entity, rows, now, null);
    }

    private ChangeEvent event(Connection c, long changeId, ChangeEvent.Action action, String type, String summary,
                              long entity, List<JournalTx.RowChange> rows, String now, String overwrote)
            throws SQLException {
        UndoJournal.Affected a = journal.affected(c, rows);
        long eventId = journal.recordEvent(c, changeId, action, type, summary, entity, a, user, origin, now);
        journal.markEventOverwrote(c, eventId, overwrote);
        announce(c, eventId);
        return new ChangeEvent(eventId, changeId, action, type, summary, entity, a.claimIds(), a.reportIds(),
                a.codebookChanged(), false, origin, user, overwrote);
    }

    /**
     * In team mode, tells the other stores following this database that event {@code eventId} exists: PostgreSQL
     * delivers the notification when (and only if) the transaction commits.
     */
    private void announce(Connection c, long eventId) throws SQLException {
        if (teamHealth == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify('" + ChangeFollower.CHANNEL + "', ?)")) {
            ps.setString(1, Long.toString(eventId));
            ps.execute();
        }
    }

    /**
     * Runs a write and marks its event as this store's own, both under the poll lock, so a concurrent poll can
     * neither miss the mark (and report the event as external) nor keep a mark for an event that was rolled back.
     */
    private ChangeEvent own(java.util.function.Supplier<ChangeEvent> write) {
        synchronized (pollLock) {
            ChangeEvent e = write.get();
            if (e != null) {
                ownEvents.add(e.eventId());
            }
            return e;
        }
    }

    private Optional<ChangeEvent> ownOptional(java.util.function.Supplier<Optional<ChangeEvent>> write) {
        synchronized (pollLock) {
            Optional<ChangeEvent> e = write.get();
            e.ifPresent(x -> ownEvents.add(x.eventId()));
            return e;
        }
    }

    // ---- listeners

    /** Adds a listener; returns a handle that removes it. Listeners must be quick or hand work to another thread. */
    @Override
    public AutoCloseable addListener(Consumer<ChangeEvent> listener) {
        listeners.add(Objects.requireNonNull(listener));
        return () -> listeners.remove(listener);
    }

    public void removeListener(Consumer<ChangeEvent> listener) {
        listeners.remove(listener);
    }

    private void fire(ChangeEvent e) {
        for (Consumer<ChangeEvent> l : listeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ex) {
                // A broken listener must not undo a committed change or starve the others.
                LOG.warn("annotation listener failed on {}: {}", e.summary(), ex.toString(), ex);
            }
        }
    }

    /**
     * Fires (and returns) the events other processes or other stores on this file recorded since the last poll.
     * Cheap: one indexed query.
     */
    public List<ChangeEvent> pollExternalChanges() {
        // Taking and delivering are one step for pollers (not for writers, which take only the poll lock): a poll that
        // finds nothing new returns only once another thread's poll (the team's follower) has delivered what it took,
        // and listeners hear external events in the order they were committed.
        synchronized (deliveryLock) {
            List<ChangeEvent> events;
            synchronized (pollLock) {
                long after = lastSeenEvent;
                // One query both reads the events and moves the mark, so an event committed meanwhile is never skipped.
                List<ChangeEvent> all = db.read(c -> journal.eventsAfter(c, after, ownEvents));
                for (ChangeEvent e : all) {
                    lastSeenEvent = Math.max(lastSeenEvent, e.eventId());
                    ownEvents.remove(e.eventId());
                }
                events = all.stream().filter(ChangeEvent::external).toList();
            }
            events.forEach(this::fire);
            return events;
        }
    }

    /** Polls for other processes' changes every {@code interval} on a daemon thread until {@link #close()}. */
    public synchronized void watchExternalChanges(Duration interval) {
        if (watcher != null) {
            return;
        }
        watcher = Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("annotation-watch"));
        long ms = Math.max(50, interval.toMillis());
        watcher.scheduleWithFixedDelay(() -> {
            try {
                pollExternalChanges();
            } catch (RuntimeException e) {
                LOG.warn("polling the annotation store failed: {}", e.getMessage());
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    // ---- codebook queries

    /** All tags, ordered by path. */
    @Override
    public List<Tag> tags() {
        return db.read(StoreQueries::tags);
    }

    /** The codebook as a forest, siblings ordered by name. */
    @Override
    public List<TagNode> tagTree() {
        List<Tag> all = tags();
        Map<Long, List<Tag>> byParent = new HashMap<>();
        for (Tag t : all) {
            byParent.computeIfAbsent(t.parentId() == null ? 0L : t.parentId(), k -> new ArrayList<>()).add(t);
        }
        return nodes(byParent, 0L);
    }

    private static List<TagNode> nodes(Map<Long, List<Tag>> byParent, long parent) {
        List<TagNode> out = new ArrayList<>();
        for (Tag t : byParent.getOrDefault(parent, List.of())) {
            out.add(new TagNode(t, nodes(byParent, t.id())));
        }
        return out;
    }

    @Override
    public Optional<Tag> tag(long id) {
        return db.read(c -> StoreQueries.tag(c, id));
    }

    /**
     * The tag a user means by {@code ref}: a numeric id, a path ({@code Security/Terrorism}) or a name that is unique
     * in the codebook (case-insensitive). Refuses unknown and ambiguous references with a clear message.
     */
    @Override
    public Tag resolveTag(String ref) {
        String r = ref == null ? "" : ref.strip();
        if (r.isEmpty()) {
            throw new AnnotationException("A tag name, path or id is needed.");
        }
        List<Tag> all = tags();
        if (r.chars().allMatch(Character::isDigit)) {
            long id = Long.parseLong(r);
            Optional<Tag> byId = all.stream().filter(t -> t.id() == id).findFirst();
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        String norm = r.replaceAll("\\s*/\\s*", "/");
        Optional<Tag> byPath = all.stream().filter(t -> t.path().equalsIgnoreCase(norm)).findFirst();
        if (byPath.isPresent()) {
            return byPath.get();
        }
        List<Tag> byName = all.stream().filter(t -> t.name().equalsIgnoreCase(norm)).toList();
        if (byName.size() == 1) {
            return byName.getFirst();
        }
        if (byName.size() > 1) {
            throw new AnnotationException("Several tags are named '" + r + "': " + byName.stream().map(Tag::path)
                    .toList() + "; give the path.");
        }
        throw new AnnotationException("No tag named '" + r + "'.");
    }

    // ---- annotation queries

    @Override
    public List<Coding> codings(String claimId) {
        return db.read(c -> StoreQueries.codings(c, "a.claim_id = ? AND a.status <> 'ORPHAN'", claimId));
    }

    /** Codings with this tag, and with its sub-tags when {@code includeSubTags}. */
    @Override
    public List<Coding> codingsByTag(long tagId, boolean includeSubTags) {
        return db.read(c -> {
            if (!includeSubTags) {
                return StoreQueries.codings(c, "k.tag_id = ?", tagId);
            }
            return StoreQueries.codings(c, "k.tag_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM"
                    + " tag t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub)", tagId);
        });
    }

    /** Every coding anchored in a report, orphans included. */
    @Override
    public List<Coding> codingsByReport(String reportId) {
        return db.read(c -> StoreQueries.codings(c, "a.report_id = ?", reportId));
    }

    /** Notes on exactly this target (for a claim: notes anchored on it). */
    @Override
    public List<Note> notes(Target target) {
        return db.read(c -> switch (target) {
            case Target.Claim t -> StoreQueries.notes(c, "n.target_kind = 'CLAIM' AND a.claim_id = ? AND a.status"
                    + " <> 'ORPHAN'", t.claimId());
            case Target.Selection s -> StoreQueries.notes(c, "a.report_id = ? AND a.start_pos < ? AND a.end_pos > ?",
                    s.reportId(), s.end(), s.start());
            case Target.Report r -> StoreQueries.notes(c, "n.report_id = ? AND n.target_kind = 'REPORT'",
                    r.reportId());
            case Target.Person p -> StoreQueries.notes(c, "lower(n.person) = lower(?)", p.name().strip());
            case Target.Tag g -> StoreQueries.notes(c, "n.tag_id = ?", g.tagId());
        });
    }

    /** Every note on a report: on the report itself, its claims and selections in it. */
    @Override
    public List<Note> notesByReport(String reportId) {
        return db.read(c -> StoreQueries.notes(c, "n.report_id = ? OR a.report_id = ?", reportId, reportId));
    }

    /** Links from or to a claim. */
    @Override
    public List<Link> links(String claimId) {
        return db.read(c -> StoreQueries.links(c, "(s.claim_id = ? AND s.status <> 'ORPHAN') OR (t.claim_id = ? AND"
                + " t.status <> 'ORPHAN')", claimId, claimId));
    }

    /** Corrections on a report, plus person merges that apply to every report. */
    public List<Correction> correctionsByReport(String reportId) {
        return db.read(c -> StoreQueries.corrections(c, "a.report_id = ? OR r.report_id = ? OR (r.kind ="
                + " 'MERGE_PERSONS' AND r.report_id IS NULL)", reportId, reportId));
    }

    @Override
    public List<Correction> corrections() {
        return db.read(c -> StoreQueries.corrections(c, "1 = 1"));
    }

    /** The analyst's merges and splits of people, oldest first: they apply in that order (ADR 0021). */
    @Override
    public List<org.rapporteur.model.PersonDecision> personDecisions() {
        return db.read(c -> {
            List<org.rapporteur.model.PersonDecision> out = new ArrayList<>();
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, name, other FROM person_decision ORDER BY id");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new org.rapporteur.model.PersonDecision(
                            org.rapporteur.model.PersonDecision.Kind.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getString(3)));
                }
            }
            return out;
        });
    }

    /**
     * The tags on every coded claim (claim codings and selection codings inside a claim, orphans left out): what code
     * suggestions vote with (ADR 0034). Ids only, a few bytes a coding, so it is cheap even for a large codebook.
     */
    @Override
    public Map<String, Set<Long>> tagIdsByClaim() {
        return db.read(c -> {
            Map<String, Set<Long>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.claim_id, k.tag_id FROM coding k"
                    + " JOIN anchor a ON a.id = k.anchor_id WHERE a.claim_id IS NOT NULL AND a.status <> 'ORPHAN'");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** Tags the analyst refused as suggestions for this claim. */
    @Override
    public Set<Long> rejectedTagIds(String claimId) {
        return db.read(c -> new java.util.TreeSet<>(ChangeExecutor.ids(c, "SELECT tag_id FROM suggestion_rejection"
                + " WHERE claim_id = ?", claimId)));
    }

    /** Claims for which the analyst refused this tag as a suggestion. */
    @Override
    public Set<String> rejectedClaimIds(long tagId) {
        return db.read(c -> new java.util.TreeSet<>(ChangeExecutor.strings(c, "SELECT claim_id FROM"
                + " suggestion_rejection WHERE tag_id = ?", tagId)));
    }

    /** Every coding, for exporters (W3C Web Annotation, REFI-QDA). */
    public List<Coding> codings() {
        return db.read(c -> StoreQueries.codings(c, "1 = 1"));
    }

    /** Every note, for exporters. */
    public List<Note> notes() {
        return db.read(c -> StoreQueries.notes(c, "1 = 1"));
    }

    /** Every link, for exporters. */
    public List<Link> links() {
        return db.read(c -> StoreQueries.links(c, "1 = 1"));
    }

    /** Every annotation that could not be re-anchored, in all reports. */
    @Override
    public List<Orphan> orphans() {
        return db.read(c -> StoreQueries.orphans(c, null));
    }

    public List<Orphan> orphans(String reportId) {
        return db.read(c -> StoreQueries.orphans(c, reportId));
    }

    /** The user-tag paths on a claim (claim codings and selection codings inside it), for the {@code tag} facet. */
    public List<String> tagPathsForClaim(String claimId) {
        return db.read(c -> StoreQueries.tagPathsByClaim(c, "a.claim_id = ?", claimId))
                .getOrDefault(claimId, List.of());
    }

    /**
     * Who coded a claim (the creators of its claim codings and of selection codings inside it, orphans left out),
     * sorted: the {@code coded by} facet.
     */
    public List<String> codersForClaim(String claimId) {
        return db.read(c -> StoreQueries.codersByClaim(c, "a.claim_id = ?", claimId)).getOrDefault(claimId,
                List.of());
    }

    /** Who coded each coded claim of a report, for (re-)indexing a report in one go. */
    public Map<String, List<String>> codersByClaim(String reportId) {
        return db.read(c -> StoreQueries.codersByClaim(c, "a.report_id = ?", reportId));
    }

    /** Tag paths of every coded claim of a report, for (re-)indexing a report in one go. */
    public Map<String, List<String>> tagPathsByClaim(String reportId) {
        return db.read(c -> StoreQueries.tagPathsByClaim(c, "a.report_id = ?", reportId));
    }

    /** Reports that have anchored annotations. */
    public Set<String> annotatedReportIds() {
        return db.read(c -> new java.util.TreeSet<>(ChangeExecutor.strings(c, "SELECT DISTINCT report_id FROM anchor")));
    }

    /**
     * The id report {@code reportId} has now: a changed file gets a new id at its next indexing, and the old id is
     * kept as an alias of the new one (orphans keep the old id). The id itself when it was never replaced.
     */
    @Override
    public String currentReportId(String reportId) {
        return db.read(c -> {
            List<String> to = ChangeExecutor.strings(c, "SELECT to_id FROM report_alias WHERE from_id = ?", reportId);
            return to.isEmpty() ? reportId : to.getFirst();
        });
    }

    // ---- re-anchoring and corrections

    /**
     * Everything the pipeline does with a report before indexing it, in one call: re-anchor the annotations of
     * {@code oldReportId} (same as {@code newReportId} unless the file changed) on the new text and extracted claims,
     * apply the corrections, point claim annotations at the corrected claims (split and merged claims have new
     * ids), and collect the tag paths per claim. Cheap when nothing moved: one position check per anchor.
     */
    public ReconciledReport reconcile(String oldReportId, String newReportId, String text,
                                      List<Claim> extractedClaims) {
        ReanchorReport report = reanchor(oldReportId, newReportId, text, extractedClaims);
        List<Claim> corrected = applyCorrections(newReportId, text, extractedClaims);
        Set<String> before = new java.util.HashSet<>();
        extractedClaims.forEach(c -> before.add(c.id()));
        Set<String> after = new java.util.HashSet<>();
        corrected.forEach(c -> after.add(c.id()));
        if (!before.equals(after)) {
            reanchor(newReportId, newReportId, text, corrected);
        }
        return new ReconciledReport(newReportId, corrected, report, tagPathsByClaim(newReportId));
    }

    /** Re-anchors a report's annotations on its new text and claims (same report id). */
    public ReanchorReport reanchor(String reportId, String newText, List<Claim> newClaims) {
        return reanchor(reportId, reportId, newText, newClaims);
    }

    /**
     * Re-anchors the annotations of {@code oldReportId} on the text and claims of {@code newReportId} (a changed
     * file gets a new report id). Orphans are retried too. Not an undoable change: it records where the user's work
     * is now, and runs in one transaction; listeners get a {@link ChangeEvent.Action#REANCHORED} event.
     */
    public ReanchorReport reanchor(String oldReportId, String newReportId, String newText, List<Claim> newClaims) {
        Objects.requireNonNull(newText, "newText");
        List<Anchor> anchors = db.read(c -> StoreQueries.anchors(c, "a.report_id = ? OR a.report_id IN (SELECT"
                + " from_id FROM report_alias WHERE to_id = ?)", oldReportId, oldReportId));
        List<Reanchorer.Placement> placements = reanchorer.reanchor(anchors, newText, newClaims);
        Set<String> claimIds = new java.util.TreeSet<>();
        anchors.forEach(a -> {
            if (a.claimId() != null) {
                claimIds.add(a.claimId());
            }
        });
        placements.forEach(p -> {
            if (p.claimId() != null) {
                claimIds.add(p.claimId());
            }
        });
        ReanchorReport report = ReanchorReport.of(oldReportId, newReportId, placements);
        if (anchors.isEmpty() && oldReportId.equals(newReportId)) {
            return report;
        }
        ChangeEvent event = own(() -> db.write(c -> {
            String now = now();
            Map<Long, Anchor> current = new HashMap<>();
            for (Anchor a : StoreQueries.anchors(c, "a.report_id IN (?, ?) OR a.report_id IN (SELECT from_id FROM"
                    + " report_alias WHERE to_id = ?)", oldReportId, newReportId, oldReportId)) {
                current.put(a.id(), a);
            }
            Map<Long, Anchor> read = new HashMap<>();
            anchors.forEach(a -> read.put(a.id(), a));
            for (Reanchorer.Placement p : placements) {
                // The matching ran outside the write lock (it can take a while); an anchor another process deleted
                // or re-attached meanwhile keeps what that process did.
                if (!read.get(p.anchorId()).equals(current.get(p.anchorId()))) {
                    continue;
                }
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("status", p.status().name());
                v.put("method", p.method().name());
                v.put("score", p.score());
                v.put("anchored_at", now);
                if (!p.status().equals(AnchorStatus.ORPHAN)) {
                    v.put("report_id", newReportId);
                    v.put("claim_id", p.claimId());
                    v.put("exact", p.quote().exact());
                    v.put("prefix", p.quote().prefix());
                    v.put("suffix", p.quote().suffix());
                    v.put("start_pos", p.position().start());
                    v.put("end_pos", p.position().end());
                }
                Rows.update(c, "anchor", p.anchorId(), v);
            }
            updateReportColumns(c, oldReportId, newReportId);
            String summary = String.format(Locale.ROOT, "re-anchor %d annotations: %d unchanged, %d moved, %d fuzzy,"
                    + " %d orphaned", report.anchors(), report.unchanged(), report.moved(), report.fuzzy(),
                    report.orphaned());
            UndoJournal.Affected a = new UndoJournal.Affected(claimIds,
                    new java.util.TreeSet<>(List.of(oldReportId, newReportId)), false);
            long id = journal.recordEvent(c, 0, ChangeEvent.Action.REANCHORED, "Reanchor", summary, 0, a, user,
                    origin, now);
            announce(c, id);
            return new ChangeEvent(id, 0, ChangeEvent.Action.REANCHORED, "Reanchor", summary, 0, claimIds,
                    a.reportIds(), false, false, origin, user, null);
        }));
        fire(event);
        return report;
    }

    /**
     * Report notes and report-scoped corrections follow a report to its new id (orphans keep the old one), and the
     * old id becomes an alias of the new one.
     */
    private static void updateReportColumns(Connection c, String from, String to) throws SQLException {
        if (from.equals(to)) {
            return;
        }
        try (PreparedStatement ps = StoreQueries.prepare(c, "DELETE FROM report_alias WHERE from_id = ?", to)) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = StoreQueries.prepare(c, "UPDATE report_alias SET to_id = ? WHERE to_id = ?", to,
                from)) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = StoreQueries.prepare(c, "INSERT INTO report_alias (from_id, to_id, at)"
                + " VALUES (?, ?, ?) ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id, at = excluded.at", from,
                to, now())) {
            ps.executeUpdate();
        }
        for (String sql : List.of("UPDATE note SET report_id = ? WHERE report_id = ?",
                "UPDATE correction SET report_id = ? WHERE report_id = ? AND (anchor_id IS NULL OR anchor_id IN"
                        + " (SELECT id FROM anchor WHERE status <> 'ORPHAN'))")) {
            try (PreparedStatement ps = StoreQueries.prepare(c, sql, to, from)) {
                ps.executeUpdate();
            }
        }
    }

    /**
     * The claims of a report with the analyst's corrections applied (speaker, countries, themes, person merges,
     * split and merged claims). Call after {@link #reanchor} so the corrections' anchors match {@code text}.
     *
     * @param text the report's normalised text (null: cut split and merged claims from the claim texts)
     */
    public List<Claim> applyCorrections(String reportId, String text, List<Claim> claims) {
        return corrections.apply(reportId, text, claims, correctionsByReport(reportId));
    }

    /**
     * Forgets the undo history older than the newest {@code keep} changes (they can no longer be undone) to keep the
     * journal small; the annotations themselves are untouched. Returns how many changes were forgotten.
     */
    public int compactHistory(int keep) {
        return db.write(c -> {
            List<Long> cut = ChangeExecutor.ids(c, "SELECT id FROM change_log ORDER BY id DESC LIMIT 1 OFFSET ?",
                    Math.max(0, keep));
            if (cut.isEmpty()) {
                return 0;
            }
            long last = cut.getFirst();
            int n;
            try (PreparedStatement ps = StoreQueries.prepare(c, "DELETE FROM change_row WHERE change_id <= ?",
                    last)) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = StoreQueries.prepare(c, "DELETE FROM change_log WHERE id <= ?", last)) {
                n = ps.executeUpdate();
            }
            try (PreparedStatement ps = StoreQueries.prepare(c, "DELETE FROM change_event WHERE id <= (SELECT"
                    + " coalesce(max(id), 0) FROM change_event) - 10000")) {
                ps.executeUpdate();
            }
            return n;
        });
    }

    /** {@code PRAGMA integrity_check} plus a foreign-key check: {@code "ok"} when the file is sound. */
    public String integrityCheck() {
        return db.integrityCheck();
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (watcher != null) {
                watcher.shutdownNow();
                watcher = null;
            }
            if (follower != null) {
                follower.close();
                follower = null;
            }
        }
        listeners.clear();
        db.close();
    }

    @Override
    public String toString() {
        return "AnnotationStore[" + db.location() + ", user " + user + "]";
    }
}
