package org.rapporteur.ui.tasks;

import java.nio.file.Path;
import java.util.List;

import javafx.concurrent.Task;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;

/**
 * One indexing run of the workspace's corpus roots as a {@link Task}: progress and the current file name go to the
 * task's progress and message; {@link #cancel(boolean)} also trips the core's {@link Cancellation}, so the indexer
 * stops after the file in hand and commits what it has.
 */
public final class IndexTask extends Task<IndexSummary> {
    private final Workspace workspace;
    private final List<Path> roots;
    private final Cancellation cancellation = new Cancellation();

    public IndexTask(Workspace workspace, List<Path> roots) {
        this.workspace = workspace;
        this.roots = List.copyOf(roots);
        updateTitle("Indexing");
    }

    @Override
    protected IndexSummary call() {
        updateMessage("Scanning the corpus…");
        return workspace.index(roots, (done, total, message) -> {
            updateProgress(done, total < 0 ? -1 : total);
            updateMessage("Indexing " + done + (total < 0 ? "" : "/" + total) + (message == null ? "" : " · " + fileName(message)));
        }, cancellation);
    }

    private static String fileName(String message) {
        int slash = Math.max(message.lastIndexOf('/'), message.lastIndexOf('\\'));
        return slash < 0 ? message : message.substring(slash + 1);
    }

    /**
     * Asks the indexer to stop after the files in hand. The task itself is not cancelled: it still succeeds, with a
     * summary saying {@code cancelled}, once the indexer has committed what it finished (interrupting would abort
     * the index writer mid-file).
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        cancellation.cancel();
        updateMessage("Cancelling after the current file…");
        return true;
    }

    public boolean cancelRequested() {
        return cancellation.isCancelled();
    }
}
