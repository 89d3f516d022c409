package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * An indexing run commits by time or by size, whichever comes first, and never with nothing finished; the first
 * finished report at once, then at growing intervals up to the longest.
 */
class CommitPolicyTest {
    private final AtomicLong now = new AtomicLong(10_000);
    private final CommitPolicy policy = new CommitPolicy(now::get, 2_000, 1_000);

    @Test
    void nothingFinishedIsNeverDueHoweverLongItTakes() {
        now.addAndGet(60_000);
        assertFalse(policy.due(5_000));
        assertFalse(new CommitPolicy(now::get).due(5_000), "not even the run's first, immediate commit");
    }

    @Test
    void aFinishedFileIsCommittedOnceTheIntervalHasPassed() {
        policy.finished();
        now.addAndGet(1_999);
        assertFalse(policy.due(10));
        now.addAndGet(1);
        assertTrue(policy.due(10));
        policy.committed();
        assertFalse(policy.due(10), "a commit starts a new interval and clears what was finished");
    }

    @Test
    void manyBytesPendingCommitBeforeTheInterval() {
        policy.finished();
        assertFalse(policy.due(999));
        assertTrue(policy.due(1_000));
    }

    @Test
    void theLoopWaitsNoLongerThanTheTimeLeftInTheInterval() {
        policy.finished();
        now.addAndGet(1_500);
        assertEquals(500, policy.millisUntilDue());
        now.addAndGet(5_000);
        assertEquals(1, policy.millisUntilDue());
    }

    @Test
    void theRunsFirstFinishedFileIsCommittedAtOnceThenIntervalsDoubleUpToTheLongest() {
        CommitPolicy run = new CommitPolicy(now::get);
        run.finished();
        assertTrue(run.due(0), "the first report of a run is searchable as soon as it is written");
        List<Long> intervals = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            run.committed();
            intervals.add(run.intervalMillis());
            run.finished();
            now.addAndGet(run.intervalMillis() - 1);
            assertFalse(run.due(0), "not before the interval: " + intervals);
            now.addAndGet(1);
            assertTrue(run.due(0));
        }
        assertEquals(List.of(1_000L, 2_000L, 4_000L, 8_000L, CommitPolicy.INTERVAL_MILLIS, CommitPolicy.INTERVAL_MILLIS,
                CommitPolicy.INTERVAL_MILLIS), intervals);
    }

    @Test
    void withNothingFinishedTheLoopNeedNotWakeBeforeAFileFinishes() {
        CommitPolicy run = new CommitPolicy(now::get);
        assertEquals(CommitPolicy.FIRST_STEP_MILLIS, run.millisUntilDue(), "an interval of 0 must not make it spin");
        run.finished();
        assertEquals(1, run.millisUntilDue());
    }
}
