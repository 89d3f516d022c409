package org.rapporteur.ui.tasks;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.rapporteur.pipeline.CorpusChanges;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;

/**
 * One indexing run of the workspace's corpus roots as a {@link Task}: first the check of the corpus against the index
 * (message {@link IndexStatus#CHECKING}), then what it found ({@link #changesProperty()}), then progress and the
 * current file name in the task's progress and message. {@link #cancel(boolean)} also trips the core's
 * {@link Cancellation}, so the indexer stops after the file in hand and commits what it has.
 */
public final class IndexTask extends Task<IndexSummary> {
    private final Workspace workspace;
    private final List<Path> roots;
    private final Cancellation cancellation = new Cancellation();
    private final SimpleObjectProperty<CorpusChanges> changes = new SimpleObjectProperty<>();
    /** Written by the indexing thread once the check is done; read there for each file's message. */
    private volatile CorpusChanges found;

    public IndexTask(Workspace workspace, List<Path> roots) {
        this.workspace = workspace;
        this.roots = List.copyOf(roots);
        updateTitle("Indexing");
    }

    @Override
    protected IndexSummary call() {
        updateMessage(IndexStatus.CHECKING);
        return workspace.index(roots, (done, total, message) -> {
            updateProgress(done, total < 0 ? -1 : total);
            CorpusChanges c = found;
            if (c != null && c.toRead() == 0) {
                return; // nothing is read: naming each unchanged file as it is passed would say otherwise
            }
            updateMessage("Indexing " + done + (total < 0 ? "" : "/" + total)
                    + (message == null ? "" : " · " + fileName(message)));
        }, cancellation, false, c -> {
            found = c;
            updateMessage(IndexStatus.found(c));
            Platform.runLater(() -> changes.set(c));
        });
    }

    private static String fileName(String message) {
        int slash = Math.max(message.lastIndexOf('/'), message.lastIndexOf('\\'));
        return slash < 0 ? message : message.substring(slash + 1);
    }

    /** What the check of the corpus found; null while it is still checking. Changes on the FX thread. */
    public ReadOnlyObjectProperty<CorpusChanges> changesProperty() {
        return changes;
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
