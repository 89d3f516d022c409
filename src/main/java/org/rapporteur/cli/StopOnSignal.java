package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.rapporteur.progress.Cancellation;

/**
 * Turns SIGTERM and SIGINT (Ctrl+C) during a long command into a cancellation: a JVM shutdown hook cancels the job
 * and holds the exit until the command has saved what it finished and closed the workspace, or until
 * {@link #WAIT_MILLIS} have passed. Without it the JVM would exit mid-run and drop everything not yet committed.
 */
final class StopOnSignal {
    /** Longer than the indexer's grace for files in hand plus a final commit; short of a service manager's kill. */
    static final long WAIT_MILLIS = 20_000;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    private StopOnSignal(Cancellation cancel, PrintWriter err) {
        this.hook = new Thread(() -> {
            cancel.cancel();
            err.println();
            err.println("stopping: saving the reports finished so far…");
            err.flush();
            try {
                done.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-on-signal");
    }

    static StopOnSignal install(Cancellation cancel, PrintWriter err) {
        StopOnSignal s = new StopOnSignal(cancel, err);
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** The command has finished and closed what it opened: a pending exit may go on, and no hook is left behind. */
    void finished() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running (a signal came): it returns now that done is counted down.
        }
    }
}
