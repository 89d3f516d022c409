package org.rapporteur.ui.tasks;

import java.util.Locale;
import java.util.concurrent.CancellationException;

import javafx.concurrent.Task;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Re-theming every claim of the corpus with the current taxonomy, rules and the analyst's theme corrections, as a
 * {@link Task}: progress and "Theming claims by meaning: 12 of 193 reports" in its message. {@link #cancel(boolean)}
 * trips the core's {@link Cancellation}: the job stops before its next report and keeps the reports it re-themed; the
 * task then succeeds with a cancelled {@link Outcome}. Run it off the FX thread.
 */
public final class RethemeTask extends Task<RethemeTask.Outcome> {
    public static final String STARTING = "Re-theming claims…";

    /** The core job: {@code ThemeService.retag}, returning how many claims' themes changed. */
    @FunctionalInterface
    public interface Retheming {
        long retheme(ProgressListener progress, Cancellation cancel);
    }

    /**
     * What the run did.
     *
     * @param changed   claims whose themes changed; -1 when it was stopped (the core does not count a stopped run)
     * @param cancelled the analyst stopped it
     */
    public record Outcome(long changed, boolean cancelled) {
        /** The status line (short: the status bar is crowded): "Re-themed: 1,234 claims changed." */
        public String sentence() {
            if (cancelled) {
                return "Re-theming stopped: the reports done keep their new themes.";
            }
            return changed == 0 ? "Re-themed: no claim changed."
                    : String.format(Locale.ROOT, "Re-themed: %,d claim%s changed.", changed, changed == 1 ? "" : "s");
        }
    }

    private final Retheming job;
    private final Cancellation cancellation = new Cancellation();

    public RethemeTask(Retheming job) {
        this.job = job;
        updateTitle("Re-theming");
    }

    @Override
    protected Outcome call() {
        updateMessage(STARTING);
        try {
            long changed = job.retheme((done, total, message) -> {
                updateProgress(done, total < 0 ? -1 : total);
                if (message != null) {
                    updateMessage(message);
                }
            }, cancellation);
            return new Outcome(changed, cancellation.isCancelled());
        } catch (CancellationException stopped) {
            return new Outcome(-1, true);
        }
    }

    /** Asks the job to stop before its next report; the task then succeeds with a cancelled outcome. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        cancellation.cancel();
        updateMessage("Stopping after the current report…");
        return true;
    }

    public boolean cancelRequested() {
        return cancellation.isCancelled();
    }
}
