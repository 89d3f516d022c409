package org.rapporteur.ui.team;

import java.util.function.Consumer;

import javafx.concurrent.Task;

/**
 * Runs a job that needs the window's workspace closed — joining or leaving a team rewrites where its annotations
 * live — and opens the workspace again afterwards, whatever the job's outcome, with the window over it. The main
 * window's {@code WorkspaceSwitch} implements it. Use on the FX thread; the handlers run there.
 */
public interface WorkspaceReopener {
    /**
     * Closes the workspace once its background work has ended, runs {@code job} on a thread of its own, then
     * reopens the workspace and puts a new main window over it; calls {@code done} with the job's value, or
     * {@code failed} with its error (the workspace is reopened as the job left it — unchanged when it failed).
     */
    <T> void closeRunAndReopen(String doing, Task<T> job, Consumer<T> done, Consumer<Throwable> failed);
}
