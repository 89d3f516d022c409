package org.rapporteur.ui.team;

import javafx.concurrent.Task;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Joining or leaving a team as a {@link Task}: the pipeline's progress reaches the task's progress and message, and
 * {@link #cancel(boolean)} trips the pipeline's {@link Cancellation} instead of interrupting, so the job stops
 * between items and undoes what it began (TeamService's contract) rather than dying mid-transaction.
 */
final class TeamJobTask<T> extends Task<T> {
    /** The team job itself, given the progress listener and the cancellation token to check. */
    interface Job<T> {
        T run(ProgressListener progress, Cancellation cancel) throws Exception;
    }

    private final Job<T> job;
    private final Cancellation cancellation = new Cancellation();

    TeamJobTask(String title, Job<T> job) {
        this.job = job;
        updateTitle(title);
        updateMessage(title + "\u2026");
    }

    @Override
    protected T call() throws Exception {
        return job.run((done, total, message) -> {
            updateProgress(done, total < 0 ? -1 : total);
            if (message != null && !message.isBlank()) {
                updateMessage(message);
            }
        }, cancellation);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        cancellation.cancel();
        updateMessage("Cancelling: what was begun is undone\u2026");
        return true;
    }

    boolean cancelRequested() {
        return cancellation.isCancelled();
    }
}
