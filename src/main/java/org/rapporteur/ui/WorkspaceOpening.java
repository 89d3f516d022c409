package org.rapporteur.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.NamedThreadFactory;

/**
 * Opens a workspace (its index, annotation store, settings and analysers) on a thread of its own. The launcher starts
 * it before JavaFX starts, so the two overlap instead of following each other; the application takes it over, or
 * opens the workspace itself when it was launched another way. A workspace nobody takes is closed. Thread-safe.
 */
final class WorkspaceOpening {
    private static final Object LOCK = new Object();
    private static WorkspaceOpening early;

    private final Path dir;
    private final CompletableFuture<Workspace> workspace = new CompletableFuture<>();

    private WorkspaceOpening(Path dir) {
        this.dir = dir;
        Thread t = new NamedThreadFactory("workspace-open").newThread(() -> {
            try {
                // with the workspace lock: a second window on this workspace is refused with who has it
                Workspace opened = Workspace.openForWindow(dir);
                // the workbench will search: facet ordinals and the blank query's counts are prepared in the
                // background from now on, while the window is built, so the first search does not wait for them
                opened.prepareSearch();
                workspace.complete(opened);
            } catch (Throwable e) {
                workspace.completeExceptionally(e);
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /** Starts opening {@code dir} now, for the application to {@link #take} later. */
    static WorkspaceOpening startEarly(Path dir) {
        synchronized (LOCK) {
            early = new WorkspaceOpening(dir);
            return early;
        }
    }

    /** The opening of {@code dir} started early, or a new one. */
    static WorkspaceOpening take(Path dir) {
        WorkspaceOpening e;
        synchronized (LOCK) {
            e = early;
            early = null;
        }
        if (e != null && e.dir.equals(dir)) {
            return e;
        }
        if (e != null) {
            e.discard();
        }
        return new WorkspaceOpening(dir);
    }

    CompletableFuture<Workspace> workspace() {
        return workspace;
    }

    /** Closes the workspace once it is open: the application stopped before using it. */
    void discard() {
        workspace.thenAccept(Workspace::close);
    }
}
