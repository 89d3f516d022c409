package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** An indexing run commits by time or by size, whichever comes first, and never with nothing finished. */
class CommitPolicyTest {
    private final AtomicLong now = new AtomicLong(10_000);
    private final CommitPolicy policy = new CommitPolicy(now::get, 2_000, 1_000);

    @Test
    void nothingFinishedIsNeverDueHoweverLongItTakes() {
        now.addAndGet(60_000);
        assertFalse(policy.due(5_000));
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
        now.addAndGet(1_500);
        assertEquals(500, policy.millisUntilDue());
        now.addAndGet(5_000);
        assertEquals(1, policy.millisUntilDue());
    }
}
