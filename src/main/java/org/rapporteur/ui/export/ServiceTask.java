package org.rapporteur.ui.export;

import javafx.concurrent.Task;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * A long pipeline call (an export, an import) as a {@link Task}: the service's progress goes to the task's progress
 * and message; {@link #cancel(boolean)} trips the core's {@link Cancellation}, so the service stops at its next
 * check and cleans up (an export removes its partial file, an import undoes what it wrote). The task itself is not
 * cancelled at once: it fails with a {@link java.util.concurrent.CancellationException} once the service has
 * stopped, or succeeds if the work was already complete — so what the dialog reports is what happened.
 *
 * @param <T> the service's result
 */
public final class ServiceTask<T> extends Task<T> {
    /** The pipeline call, given the task's progress listener and cancellation token. */
    @FunctionalInterface
    public interface Job<T> {
        T run(ProgressListener progress, Cancellation cancel);
    }

    private final Job<T> job;
    private final Cancellation cancellation = new Cancellation();

    public ServiceTask(String title, Job<T> job) {
        this.job = job;
        updateTitle(title);
        updateMessage(title + "…");
    }

    @Override
    protected T call() {
        return job.run((done, total, message) -> {
            updateProgress(done, total < 0 ? -1 : total);
            if (message != null && !cancellation.isCancelled()) {
                updateMessage(message);
            }
        }, cancellation);
    }

    /** Asks the service to stop; see the class comment. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        cancellation.cancel();
        updateMessage("Cancelling…");
        return true;
    }

    public boolean cancelRequested() {
        return cancellation.isCancelled();
    }
}
