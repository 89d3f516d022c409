package org.rapporteur.ui.tasks;

import java.util.Locale;

import javafx.concurrent.Task;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.ui.meaning.MeaningServices;

/**
 * Embedding the claims that have no vector yet, as a {@link Task}: progress and "Embedding claims 12,000 / 868,000"
 * in its message. {@link #cancel(boolean)} trips the core's {@link Cancellation}: the job stops after the batch in
 * hand and keeps what it committed, so the next run goes on where this one stopped. The value is how many claims it
 * embedded.
 */
public final class EmbedTask extends Task<Long> {
    public static final String STARTING = "Embedding claims for meaning search…";

    private final MeaningServices meaning;
    private final Cancellation cancellation = new Cancellation();
    /** Set when the run ended by re-theming claims: what is shown of their themes is then out of date. */
    private volatile boolean themed;

    public EmbedTask(MeaningServices meaning) {
        this.meaning = meaning;
        updateTitle("Embedding");
    }

    @Override
    protected Long call() {
        updateMessage(STARTING);
        return meaning.embedMissing((done, total, message) -> {
            updateProgress(done, total < 0 ? -1 : total);
            // before the count is known the job says what it does ("Checking which claims need vectors…")
            // so does the re-theme that ends a run ("Theming claims by meaning: 12 of 193 reports")
            if (message != null && message.startsWith("Theming")) {
                themed = true;
            }
            updateMessage(message != null && (total < 0 || message.startsWith("Theming")) ? message
                    : progressLine(done, total));
        }, cancellation);
    }

    /** Whether the run ended by theming claims by meaning (the results shown may carry their old themes). */
    public boolean themed() {
        return themed;
    }

    /** "Embedding claims 12,000 / 868,000" (without the total while it is unknown). */
    public static String progressLine(long done, long total) {
        return total < 0 ? String.format(Locale.ROOT, "Embedding claims %,d", done)
                : String.format(Locale.ROOT, "Embedding claims %,d / %,d", done, total);
    }

    /** Asks the job to stop after the batch in hand; the task then succeeds with what it embedded. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        cancellation.cancel();
        updateMessage("Stopping after the current batch…");
        return true;
    }

    public boolean cancelRequested() {
        return cancellation.isCancelled();
    }
}
