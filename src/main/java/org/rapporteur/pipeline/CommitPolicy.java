package org.rapporteur.pipeline;

import java.util.function.LongSupplier;

/**
 * When an indexing run commits what it has finished: once the current interval has passed since the last commit (or
 * the start of the run), or once the index writer holds {@link #PENDING_BYTES} of uncommitted documents, whichever
 * comes first, and only when something finished since. Time bounds what a crash or a kill can cost and how stale
 * searches are during a run, whatever the files are like (500 small files take a second, 500 large PDFs many
 * minutes); size bounds the memory held by uncommitted work when files come fast. See ADR 0010.
 *
 * <p>The interval grows: the first file finished is committed at once, the next commit comes
 * {@link #FIRST_STEP_MILLIS} later, and each interval doubles up to {@link #INTERVAL_MILLIS}. So the first reports of
 * a new folder are searchable a moment after they are read, while a long run still commits only every 10 s (four
 * extra commits in all). ADR 0017. Not thread-safe: the indexing loop owns it.
 */
final class CommitPolicy {
    /**
     * A commit flushes a segment, and many small segments cost merges: every 2 s made the UN corpus run 209.5 s
     * instead of 123.3 s at 10 s (ADR 0010). 10 s is also what a kill -9 can lose at most.
     */
    static final long INTERVAL_MILLIS = 10_000;
    /** The interval after the first commit of a run, before doubling: 1 s, 2 s, 4 s, 8 s, then 10 s. */
    static final long FIRST_STEP_MILLIS = 1_000;
    /** Well below the writer's RAM buffer (128 MB), so a commit comes before the writer flushes on its own. */
    static final long PENDING_BYTES = 32L << 20;

    private final LongSupplier clockMillis;
    private final long firstStepMillis;
    private final long maxIntervalMillis;
    private final long pendingBytes;
    private long intervalMillis;
    private long lastCommit;
    private int finishedSinceCommit;

    /** The run's policy: the first finished file at once, then 1 s, doubling up to 10 s. */
    CommitPolicy(LongSupplier clockMillis) {
        this(clockMillis, 0, FIRST_STEP_MILLIS, INTERVAL_MILLIS, PENDING_BYTES);
    }

    /** A fixed interval. */
    CommitPolicy(LongSupplier clockMillis, long intervalMillis, long pendingBytes) {
        this(clockMillis, intervalMillis, intervalMillis, intervalMillis, pendingBytes);
    }

    /**
     * @param firstIntervalMillis from the start of the run to the first commit
     * @param firstStepMillis the interval after the first commit, doubled after each commit
     * @param maxIntervalMillis the longest interval
     */
    CommitPolicy(LongSupplier clockMillis, long firstIntervalMillis, long firstStepMillis, long maxIntervalMillis,
                 long pendingBytes) {
        this.clockMillis = clockMillis;
        this.intervalMillis = firstIntervalMillis;
        this.firstStepMillis = firstStepMillis;
        this.maxIntervalMillis = maxIntervalMillis;
        this.pendingBytes = pendingBytes;
        this.lastCommit = clockMillis.getAsLong();
    }

    /** A file was finished (indexed, skipped or failed); a commit may make it searchable. */
    void finished() {
        finishedSinceCommit++;
    }

    /** True when a commit is due, given what the writer holds uncommitted. */
    boolean due(long uncommittedBytes) {
        if (finishedSinceCommit == 0) {
            return false;
        }
        return uncommittedBytes >= pendingBytes || clockMillis.getAsLong() - lastCommit >= intervalMillis;
    }

    /** How long the loop may wait for the next finished file before the time limit makes a commit due. */
    long millisUntilDue() {
        long left = intervalMillis - (clockMillis.getAsLong() - lastCommit);
        // with nothing finished no commit can fall due before the next file finishes: no need to wake up early (a
        // first interval of 0 would otherwise make the loop spin while a slow first file is read)
        return Math.max(1, finishedSinceCommit == 0 ? Math.max(left, firstStepMillis) : left);
    }

    void committed() {
        lastCommit = clockMillis.getAsLong();
        finishedSinceCommit = 0;
        intervalMillis = Math.min(maxIntervalMillis, Math.max(firstStepMillis, intervalMillis * 2));
    }

    /** The interval now in force (for tests and the log). */
    long intervalMillis() {
        return intervalMillis;
    }
}
