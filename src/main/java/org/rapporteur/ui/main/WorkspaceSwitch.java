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
public final class WorkspaceSwitch {
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
        stage.setScene(window.scene());
        current = new Session(next, tasks, vm, window);
        onSwitched.accept(current);
        vm.start();
        closeWhenIdle(previous);
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
