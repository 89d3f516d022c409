package org.rapporteur.ui.main;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.NamedThreadFactory;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.rapporteur.ui.welcome.WorkspaceFolderChoice;

/**
 * File ▸ Open workspace… in a running workbench (ADR 0027): opens the chosen folder in the background (a workspace,
 * or an empty folder for a new one; anything else is refused with what to do), and once it is open puts a new main
 * window over it on the same stage and starts it as at launch. The workspace left behind is closed when its
 * background work has ended (an index run stops after the file in hand and commits it), so nothing is lost. A folder
 * that cannot be opened leaves the window and its workspace as they were. Use on the FX thread.
 */
public final class WorkspaceSwitch implements org.rapporteur.ui.team.WorkspaceReopener {
    /** What a window works on: its workspace, the executor of its background work, its view model and window. */
    public record Session(Workspace workspace, BackgroundTasks tasks, MainViewModel vm, MainWindow window) {
    }

    private final Stage stage;
    private final Consumer<Session> onSwitched;
    private Session current;

    /**
     * Lets {@code first}'s window open other workspaces; {@code onSwitched} hears of each new session (the application
     * keeps it, to close it at exit).
     */
    public WorkspaceSwitch(Stage stage, Session first, Consumer<Session> onSwitched) {
        this.stage = stage;
        this.onSwitched = onSwitched;
        this.current = first;
        first.window().setWorkspaceOpener(this::open);
        first.window().setWorkspaceReopener(this);
    }

    /** The session the window shows now. */
    public Session current() {
        return current;
    }

    /** Opens {@code dir} in the background and switches the window to it; the same workspace again does nothing. */
    public void open(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        if (target.equals(current.workspace().dir())) {
            current.window().showMessage("This workspace is already open.");
            return;
        }
        current.window().showMessage("Opening the workspace " + target + "…");
        CompletableFuture.supplyAsync(() -> WorkspaceFolderChoice.open(target),
                        work -> new NamedThreadFactory("workspace-open").newThread(work).start())
                .whenComplete((ws, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        current.window().showError(UserMessages.describe("Opening the workspace " + target, cause));
                    } else {
                        switchTo(ws);
                    }
                }));
    }

    private void switchTo(Workspace next) {
        Session previous = current;
        previous.window().saveLayout();
        previous.vm().cancelIndexing();
        previous.vm().close();
        BackgroundTasks tasks = new BackgroundTasks();
        MainViewModel vm = new MainViewModel(next, tasks);
        MainWindow window = new MainWindow(vm, stage);
        window.setWorkspaceOpener(this::open);
        window.setWorkspaceReopener(this);
        stage.setScene(window.scene());
        current = new Session(next, tasks, vm, window);
        onSwitched.accept(current);
        vm.start();
        closeWhenIdle(previous);
    }

    /**
     * Joining or leaving a team (issue 17): the workspace is closed once its background work has ended, {@code job}
     * runs with it closed, and it is opened again in a new window on this stage — also when the job failed, so the
     * analyst is never left without their workspace. A workspace that cannot be reopened is said, with why.
     */
    @Override
    public <T> void closeRunAndReopen(String doing, javafx.concurrent.Task<T> job, Consumer<T> done,
                                      Consumer<Throwable> failed) {
        Session previous = current;
        Path dir = previous.workspace().dir();
        previous.window().saveLayout();
        previous.vm().cancelIndexing();
        previous.vm().close();
        new NamedThreadFactory("workspace-reopen").newThread(() -> {
            awaitIdle(previous);
            previous.workspace().close();
            job.run(); // its progress and message reach the FX thread as any task's do
            T value = null;
            Throwable error = null;
            try {
                value = job.get();
            } catch (java.util.concurrent.ExecutionException e) {
                error = e.getCause() == null ? e : e.getCause();
            } catch (java.util.concurrent.CancellationException | InterruptedException e) {
                error = new java.util.concurrent.CancellationException(doing + " was cancelled.");
            }
            Workspace reopened = null;
            Throwable reopenError = null;
            try {
                reopened = WorkspaceFolderChoice.open(dir);
            } catch (RuntimeException e) {
                reopenError = e;
            }
            T result = value;
            Throwable jobError = error;
            Workspace ws = reopened;
            Throwable cannotReopen = reopenError;
            Platform.runLater(() -> {
                if (ws != null) {
                    switchTo(ws);
                } else {
                    current.window().showError(UserMessages.describe("Opening the workspace " + dir + " again",
                            cannotReopen) + " Open it again with File ▸ Open workspace… once that is"
                            + " put right; nothing in it was lost.");
                }
                if (jobError == null) {
                    done.accept(result);
                } else {
                    failed.accept(jobError);
                }
            });
        }).start();
    }

    private static void awaitIdle(Session s) {
        s.tasks().executor().shutdown();
        try {
            if (!s.tasks().executor().awaitTermination(2, TimeUnit.MINUTES)) {
                s.tasks().shutdown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the session left behind once its running tasks (a search, an index run being cancelled) have ended. */
    private static void closeWhenIdle(Session s) {
        Thread closer = new NamedThreadFactory("workspace-close").newThread(() -> {
            s.tasks().executor().shutdown();
            try {
                if (!s.tasks().executor().awaitTermination(2, TimeUnit.MINUTES)) {
                    s.tasks().shutdown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            s.workspace().close();
        });
        closer.start();
    }
}
