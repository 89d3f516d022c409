package org.rapporteur.ui.analysis;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one background job at a time for a view model, as a {@link Task} on the given executor: starting a job cancels
 * the one before, and a result that arrives after a newer job started is dropped, so an older query can never
 * overwrite a newer one. Exposes running, progress and a status message for the view. Use on the FX thread only.
 */
final class LatestJobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LatestJobRunner.class);

    /** What a job gets: a progress sink and a cancellation token it checks between items. */
    record Job(ProgressListener progress, Cancellation cancel) {
    }

    private final Executor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(null);
    private Task<?> current;
    private Cancellation currentToken;
    private long generation;

    LatestJobRunner(Executor executor) {
        this.executor = executor;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A readable message for the last failure, null after a success. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Starts {@code work} in the background after cancelling any running job; {@code onSuccess} runs on the FX thread
     * with the result, unless a newer job started meanwhile.
     */
    <T> void run(String what, Function<Job, T> work, Consumer<T> onSuccess) {
        cancelCurrent();
        long mine = ++generation;
        Cancellation token = new Cancellation();
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                updateMessage(what + "…");
                return work.apply(new Job((done, total, msg) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    } else {
                        updateProgress(-1, 1);
                    }
                }, token));
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                finish(null);
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                finish(describe(what, task.getException()));
            }
        });
        task.setOnCancelled(e -> {
            if (mine == generation) {
                finish(null);
                message.set("Cancelled");
            }
        });
        current = task;
        currentToken = token;
        running.set(true);
        error.set(null);
        progress.unbind();
        progress.bind(task.progressProperty());
        message.unbind();
        message.bind(task.messageProperty());
        executor.execute(task);
    }

    /** Cancels the running job, if any; its result will be dropped. */
    void cancel() {
        if (current != null && running.get()) {
            cancelCurrent();
            generation++;
            finish(null);
            message.set("Cancelled");
        }
    }

    private void cancelCurrent() {
        if (currentToken != null) {
            currentToken.cancel();
        }
        if (current != null) {
            current.cancel(false);
        }
    }

    private void finish(String failure) {
        progress.unbind();
        message.unbind();
        running.set(false);
        progress.set(0);
        message.set("");
        error.set(failure);
        current = null;
        currentToken = null;
    }

    private static String describe(String what, Throwable t) {
        if (t instanceof CancellationException) {
            return null;
        }
        if (t instanceof QuerySyntaxException q) {
            return "The query does not parse: " + q.getMessage();
        }
        LOG.warn("{} failed", what, t);
        if (t instanceof RapporteurException r) {
            return what + " failed: " + r.getMessage();
        }
        return what + " failed (" + t.getClass().getSimpleName() + "); the log has the details.";
    }
}
