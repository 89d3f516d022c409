package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.durability.InventedCorpus;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Nothing finished is thrown away: a cancelled run keeps every report it finished, reports become searchable while
 * the run goes on, and the next run reads only what is left.
 */
class IndexResumeTest {
    @TempDir
    Path dir;

    @Test
    void aCancelledRunKeepsWhatItFinishedAndTheNextRunReadsOnlyTheRest() throws Exception {
        Path corpus = dir.resolve("corpus");
        List<Path> files = InventedCorpus.write(corpus, 24, 4, 11L);
        Cancellation cancel = new Cancellation();
        IndexSummary first;
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            first = ws.index(List.of(corpus), (done, total, name) -> {
                if (done == 7) {
                    cancel.cancel(); // as the workbench's Cancel and the CLI's SIGTERM hook do
                }
            }, cancel);
            assertTrue(first.cancelled(), first.line());
            assertTrue(first.indexed() >= 7 && first.indexed() < files.size(), first.line());
            assertEquals(first.indexed(), ws.corpus().reports().size(), "every finished report is committed and searchable");
        }
        Set<String> keptIds;
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            keptIds = ws.corpus().reports().stream().map(ReportSummary::id).collect(Collectors.toSet());
            assertEquals(first.indexed(), keptIds.size(), "the finished reports survive closing the workspace");
            IndexSummary second = ws.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(first.indexed(), second.unchanged(), "the finished reports are not read again: "
                    + second.line());
            assertEquals(files.size() - first.indexed(), second.indexed(), second.line());
            assertEquals(files.size(), ws.corpus().reports().size());
            assertTrue(ws.corpus().reports().stream().map(ReportSummary::id).collect(Collectors.toSet()).containsAll(keptIds));
        }
    }

    @Test
    void finishedReportsBecomeSearchableWhileTheRunGoesOn() throws Exception {
        Path corpus = dir.resolve("corpus");
        List<Path> files = InventedCorpus.write(corpus, 12, 3, 12L);
        AtomicInteger seenMidRun = new AtomicInteger(-1);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            // The first finished file is committed at once; then the interval is 1 s, doubling (CommitPolicy). Each
            // wait below outlasts the interval in force while a file is in hand, so files 2 and 3 are committed by
            // time, not by the end of the run: 3.2 s of waiting, where waiting out the longest interval took 10 s.
            ws.index(List.of(corpus), (done, total, name) -> {
                if (done == 2) {
                    sleep(CommitPolicy.FIRST_STEP_MILLIS + 100);
                } else if (done == 3) {
                    sleep(2 * CommitPolicy.FIRST_STEP_MILLIS + 100);
                } else if (done == 5) {
                    seenMidRun.set(ws.corpus().reports().size());
                }
            }, Cancellation.NEVER);
            assertTrue(seenMidRun.get() >= 3, "reports committed by time during the run: " + seenMidRun.get());
            assertEquals(files.size(), ws.corpus().reports().size());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
