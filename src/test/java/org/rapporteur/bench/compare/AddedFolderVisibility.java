package org.rapporteur.bench.compare;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * How soon reports in a newly added folder are found: a fresh JVM opens the workspace, starts an index run over its
 * roots, and meanwhile searches every 20 ms for a word only the new reports hold. The clock starts at the process's
 * start, as for {@code rapporteur index} from the command line, and stops at the first search that finds one.
 *
 * <p>Why an in-process poll and not a second process: the workbench, where an analyst adds a folder and waits for
 * results, indexes in its own JVM and searches the same {@link Workspace}; whatever makes new reports visible there
 * (a commit, or a near-real-time refresh of that JVM's searcher) is what the analyst sees. A second process sees
 * commits only, so it would measure less than the workbench offers. {@link Workspace#refresh()} is called before each
 * poll so commits count either way.
 *
 * <p>Usage: {@code AddedFolderVisibility WORKSPACE WORD}. Prints {@code found.fromProcessStart.ms=},
 * {@code found.fromIndexCall.ms=} (or {@code found=never}), {@code open.ms=}, {@code index.seconds=},
 * {@code found.finally=} (claims holding the word after the run), {@code indexed=}, {@code unchanged=}.
 */
public final class AddedFolderVisibility {
    private AddedFolderVisibility() {
    }

    public static void main(String[] args) throws Exception {
        Instant processStart = ProcessHandle.current().info().startInstant().orElseThrow();
        String word = args[1];
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            long opened = System.nanoTime();
            AtomicLong foundAt = new AtomicLong();
            SearchRequest probe = SearchRequest.of(word, 1);
            Thread poller = Thread.ofPlatform().daemon().name("visibility-poll").start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    ws.refresh();
                    if (ws.corpus().search(probe).total() > 0) {
                        foundAt.set(System.nanoTime());
                        return;
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long indexCall = System.nanoTime();
            Instant indexCallInstant = Instant.now();
            IndexSummary s = ws.index(ws.corpusRoots(), ProgressListener.NONE, Cancellation.NEVER);
            double indexSeconds = (System.nanoTime() - indexCall) / 1e9;
            poller.join(5_000);
            poller.interrupt();
            if (foundAt.get() == 0) {
                System.out.println("found=never");
            } else {
                long sinceCall = foundAt.get() - indexCall;
                long sinceStart = Duration.between(processStart, indexCallInstant).toNanos() + sinceCall;
                System.out.printf(Locale.ROOT, "found.fromProcessStart.ms=%.0f%n", sinceStart / 1e6);
                System.out.printf(Locale.ROOT, "found.fromIndexCall.ms=%.0f%n", sinceCall / 1e6);
            }
            System.out.printf(Locale.ROOT, "open.ms=%.0f%n", (opened - t0) / 1e6);
            System.out.printf(Locale.ROOT, "index.seconds=%.2f%n", indexSeconds);
            ws.refresh();
            System.out.println("found.finally=" + ws.corpus().search(probe).total());
            System.out.println("indexed=" + s.indexed());
            System.out.println("unchanged=" + s.unchanged());
        }
    }
}
