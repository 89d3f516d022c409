package org.rapporteur.ui.team;

import java.nio.file.Path;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import org.rapporteur.pipeline.TeamService;
import org.rapporteur.ui.common.UserMessages;

/**
 * File ▸ Leave team…: whether to copy the team's annotations into this workspace first (ticked: leaving should not
 * leave the analyst with nothing), then the workspace closed, {@link TeamService#disconnect} run in the background
 * with progress and Cancel, and the workspace reopened on its own file. Use on the FX thread.
 */
public final class TeamLeaveViewModel {
    private final Path workspaceDir;
    private final WorkspaceReopener reopener;
    private final BooleanProperty copyAnnotations = new SimpleBooleanProperty(true);
    private final SimpleObjectProperty<Task<Boolean>> leaving = new SimpleObjectProperty<>();
    private final SimpleStringProperty outcome = new SimpleStringProperty("");
    private final SimpleBooleanProperty failed = new SimpleBooleanProperty();
    private final SimpleBooleanProperty left = new SimpleBooleanProperty();

    public TeamLeaveViewModel(Path workspaceDir, WorkspaceReopener reopener) {
        this.workspaceDir = workspaceDir;
        this.reopener = reopener;
    }

    /** Leave: returns false when it did not start (already leaving, or no window to reopen the workspace in). */
    public boolean leave() {
        if (reopener == null || leaving.get() != null || left.get()) {
            return false;
        }
        boolean copy = copyAnnotations.get();
        TeamJobTask<Boolean> job = new TeamJobTask<>("Leaving the team", (progress, cancel) -> {
            TeamService.disconnect(workspaceDir, copy, progress, cancel);
            return Boolean.TRUE;
        });
        outcome.set("");
        failed.set(false);
        leaving.set(job);
        reopener.closeRunAndReopen("Leaving the team", job, ok -> {
            leaving.set(null);
            left.set(true);
            outcome.set(copy ? "Left the team. The team's annotations were copied into this workspace; the team "
                    + "database keeps them too." : "Left the team. This workspace keeps its annotations in its own "
                    + "file again; the team's stay in the team database.");
        }, error -> {
            leaving.set(null);
            failed.set(true);
            outcome.set(UserMessages.describe("Leaving the team", error) + " The workspace is still the team's.");
        });
        return true;
    }

    public void cancel() {
        Task<Boolean> t = leaving.get();
        if (t != null) {
            t.cancel();
        }
    }

    public BooleanProperty copyAnnotationsProperty() {
        return copyAnnotations;
    }

    public ReadOnlyObjectProperty<Task<Boolean>> leavingProperty() {
        return leaving;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    public ReadOnlyBooleanProperty leftProperty() {
        return left;
    }
}
