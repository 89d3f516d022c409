package org.rapporteur.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.ChildJvm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops {@code rapporteur index} (the real command line, {@code cli.Main}, in a child JVM) again and again: mostly
 * with SIGTERM, as a service manager or Ctrl+C would, sometimes with {@code kill -9}. After a SIGTERM every report the
 * run says it finished is in the index; after a {@code kill -9} nothing committed before is lost; the next run reads
 * only what is left, and the last run completes the corpus.
 */
class IndexStopTest {
    private static final Logger LOG = LoggerFactory.getLogger(IndexStopTest.class);
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) reports? indexed \\(\\d+ claims\\), (\\d+)"
            + " unchanged");

    @TempDir
    Path dir;

    @Test
    void stoppingIndexAtAnyMomentKeepsEveryFinishedReportAndTheNextRunResumes() throws Exception {
        int rounds = Integer.getInteger("rapporteur.indexStopRounds", 5);
        int files = Integer.getInteger("rapporteur.indexStopFiles", 60);
        Path corpus = dir.resolve("corpus");
        InventedCorpus.write(corpus, files, 14, 303L);
        Path ws = dir.resolve("ws");
        Random random = new Random(77L);
        int committed = 0;
        int sigterms = 0;
        int kills = 0;
        int finishedBySigterm = 0;
        int committedBeforeKill9 = 0;
        long t0 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            boolean hard = round % 4 == 3;
            Path err = dir.resolve("index" + round + ".err");
            ChildJvm child = WritePathKillHarness.start(org.rapporteur.cli.Main.class.getName(), List.of("index",
                    "--workspace", ws.toString(), "--corpus", corpus.toString()), err);
            awaitProgress(err, child.process());
            // kill -9 a little later, mid-run; what a kill -9 may lose is bounded by the commit interval (ADR 0010)
            Thread.sleep(hard ? 1_500 + random.nextInt(3_000) : random.nextInt(2_000));
            if (hard) {
                child.process().destroyForcibly();
                kills++;
            } else {
                // SIGTERM through the handle: Process.destroy() would also close our end of its output, and we would
                // miss what the stopped run prints.
                child.process().toHandle().destroy();
                sigterms++;
            }
            assertTrue(child.process().waitFor(60, TimeUnit.SECONDS), "round " + round + " did not stop");
            child.awaitLines();
            String out = String.join("\n", child.lines());
            int now = reportsIn(ws);
            String context = "round " + round + (hard ? " (kill -9)" : " (SIGTERM)") + ", exit "
                    + child.process().exitValue() + ": " + out + "\n"
                    + Files.readString(err);
            assertTrue(now >= committed, context + "\nreports committed before were lost: " + now + " < "
                    + committed);
            Matcher m = SUMMARY.matcher(out);
            if (!hard) {
                assertTrue(m.find(), context + "\nno summary after SIGTERM: the run did not get to save its work");
                int finished = Integer.parseInt(m.group(1));
                // a stopped run may not have got through all the unchanged files; it never reads them again
                assertTrue(Integer.parseInt(m.group(2)) <= committed, context + "\nmore unchanged than committed");
                assertTrue(now >= committed + finished, context + "\nfinished reports lost: " + now + " < "
                        + committed + " + " + finished);
                finishedBySigterm += finished;
            }
            assertTrue(now <= files, context);
            if (hard) {
                committedBeforeKill9 += now - committed; // what the time-based commits saved from a kill -9
            }
            committed = now;
        }
        try (Workspace w = Workspace.open(ws)) {
            var last = w.index(List.of(corpus), (d, t, n) -> { }, org.rapporteur.progress.Cancellation.NEVER);
            assertEquals(committed, last.unchanged(), "the last run reads only what is left: " + last.line());
            assertEquals(files - committed, last.indexed(), last.line());
            assertEquals(files, w.corpus().reports().size());
        }
        String line = String.format(Locale.ROOT, "index stop test: %d SIGTERM and %d kill -9 during index of %d files; %d reports"
                + " finished by runs stopped with SIGTERM, all in the index; %d reports committed by runs killed with"
                + " kill -9; %d of %d committed before the last run; 0 lost; %.0f s", sigterms, kills, files,
                finishedBySigterm, committedBeforeKill9, committed, files,
                (System.nanoTime() - t0) / 1e9);
        LOG.info(line);
        System.out.println(line);
    }

    /** Waits until the run has started reading files (its progress line), so the stop lands mid-run. */
    private static void awaitProgress(Path stderr, Process p) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(stderr) && Files.readString(stderr).contains("indexing ")) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static int reportsIn(Path ws) {
        if (!Files.exists(ws.resolve("index"))) {
            return 0;
        }
        try (Workspace w = Workspace.open(ws)) {
            return w.corpus().reports().size();
        }
    }
}
