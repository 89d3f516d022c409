package org.rapporteur.pipeline;

import java.util.function.LongSupplier;

/**
 * When an indexing run commits what it has finished: once {@link #INTERVAL_MILLIS} have passed since the last
 * commit, or once the index writer holds {@link #PENDING_BYTES} of uncommitted documents, whichever comes first, and
 * only when something finished since. Time bounds what a crash or a kill can cost and how stale searches are during
 * a run, whatever the files are like (500 small files take a second, 500 large PDFs many minutes); size bounds the
 * memory held by uncommitted work when files come fast. See ADR 0010. Not thread-safe: the indexing loop owns it.
 */
final class CommitPolicy {
    /**
     * A commit flushes a segment, and many small segments cost merges: every 2 s made the UN corpus run 209.5 s
     * instead of 123.3 s at 10 s (ADR 0010). 10 s is also what a kill -9 can lose at most.
     */
    static final long INTERVAL_MILLIS = 10_000;
    /** Well below the writer's RAM buffer (128 MB), so a commit comes before the writer flushes on its own. */
    static final long PENDING_BYTES = 32L << 20;

    private final LongSupplier clockMillis;
    private final long intervalMillis;
    private final long pendingBytes;
    private long lastCommit;
    private int finishedSinceCommit;

    CommitPolicy(LongSupplier clockMillis) {
        this(clockMillis, INTERVAL_MILLIS, PENDING_BYTES);
    }

    CommitPolicy(LongSupplier clockMillis, long intervalMillis, long pendingBytes) {
        this.clockMillis = clockMillis;
        this.intervalMillis = intervalMillis;
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
        return Math.max(1, intervalMillis - (clockMillis.getAsLong() - lastCommit));
    }

    void committed() {
        lastCommit = clockMillis.getAsLong();
        finishedSinceCommit = 0;
    }
}
