package org.rapporteur.durability;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every write path, killed with {@code kill -9} at random moments (see {@link WritePathKillHarness}): 15 kills here;
 * the {@code bench} run does 200 ({@link WritePathKillBenchmark}). With the index SIGTERM rounds of
 * {@link IndexStopTest}, 20 kills in the default suite.
 */
class WritePathKillTest {
    private static final Logger LOG = LoggerFactory.getLogger(WritePathKillTest.class);

    @TempDir
    Path dir;

    @Test
    void killingAnyWritePathAtAnyMomentLosesNoCommittedChangeAndHalfAppliesNone() throws Exception {
        WritePathKillHarness harness = new WritePathKillHarness(dir, 20261203L);
        harness.setUp();
        WritePathKillHarness.Result r = harness.run(Integer.getInteger("rapporteur.killRounds", 15));
        LOG.info("write-path kill test: {}", r.line());
        System.out.println("write-path kill test: " + r.line());
    }
}
