package org.rapporteur.durability;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark run of the write-path kill test: {@code -Drapporteur.benchKillRounds} kills (default 200) with the
 * same checks as {@link WritePathKillTest}. Takes about 3 s a kill on a 2-core machine; figures go to
 * docs/robustness-kill.md.
 */
@Tag("bench")
class WritePathKillBenchmark {
    @TempDir
    Path dir;

    @Test
    void twoHundredKillsAcrossEveryWritePath() throws Exception {
        WritePathKillHarness harness = new WritePathKillHarness(dir, 20261204L);
        harness.setUp();
        WritePathKillHarness.Result r = harness.run(Integer.getInteger("rapporteur.benchKillRounds", 200));
        System.out.println("write-path kill benchmark: " + r.line());
    }
}
