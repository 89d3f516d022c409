package org.rapporteur.ui.tasks;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.concurrent.Task;
import org.rapporteur.progress.NamedThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs service calls off the FX thread as {@link Task}s on a named executor ({@code rapporteur-ui-work-n}); success
 * and failure handlers run on the FX thread. Failures are logged here once, with the stack trace; handlers get the
 * throwable to turn into a readable message. Thread-safe; {@link #shutdown()} once when the window closes.
 */
public final class BackgroundTasks {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ExecutorService executor;

    public BackgroundTasks() {
        // Three workers: an indexing run must not starve searches, and a slow search must not delay the reader.
        this(Executors.newFixedThreadPool(3, new NamedThreadFactory("ui-work")));
    }

    public BackgroundTasks(ExecutorService executor) {
        this.executor = executor;
    }

    public ExecutorService executor() {
        return executor;
    }

    /** Wraps {@code work} in a task, wires the handlers and submits it; the task can be cancelled by the caller. */
    public <T> Task<T> run(String doing, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return submit(doing, task, onSuccess, onFailure);
    }

    public <T, K extends Task<T>> K submit(String doing, K task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (!(error instanceof org.rapporteur.model.QuerySyntaxException)) {
                LOG.warn("{} failed", doing, error);
            }
            onFailure.accept(error);
        });
        if (executor.isShutdown()) {
            // the window is closing: a timer that fires late (a debounced inspector update) has nothing to do
            LOG.debug("{} not started: the background tasks are shut down", doing);
            task.cancel();
            return task;
        }
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("{} not started: the background tasks are shut down", doing);
            task.cancel();
        }
        return task;
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
