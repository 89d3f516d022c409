package org.rapporteur.ui.team;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.rapporteur.pipeline.TeamService;
import org.rapporteur.pipeline.TeamStatus;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * File ▸ Connect to team…: the URL, the shared folder and whether to move this workspace's annotations in; Test asks
 * the server ({@link TeamService#probe}) in the background and says what it found in a sentence; Connect joins the
 * team in the background with progress and Cancel, the workspace closed meanwhile and reopened as a team workspace
 * (by the {@link WorkspaceReopener}). Nothing is stored before Connect succeeds; a password in the URL is used once
 * and never stored. Use on the FX thread.
 */
public final class TeamConnectViewModel {
    /** How a Test ended: not yet, reachable and usable, or refused (with the sentence saying why). */
    public enum ProbeState { NONE, RUNNING, OK, REFUSED }

    private final Path workspaceDir;
    private final BackgroundTasks tasks;
    private final WorkspaceReopener reopener;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty sharedFolder = new SimpleStringProperty("");
    private final BooleanProperty moveAnnotations = new SimpleBooleanProperty();
    /** Offered when the URL holds a password: write it to the analyst's password file so the workspace can reopen. */
    private final BooleanProperty savePassword = new SimpleBooleanProperty();
    private final SimpleObjectProperty<ProbeState> probeState = new SimpleObjectProperty<>(ProbeState.NONE);
    private final SimpleStringProperty probeMessage = new SimpleStringProperty("");
    private final SimpleStringProperty passwordNote = new SimpleStringProperty("");
    private final SimpleObjectProperty<Task<TeamService.Joined>> connecting = new SimpleObjectProperty<>();
    private final SimpleStringProperty outcome = new SimpleStringProperty("");
    private final SimpleBooleanProperty failed = new SimpleBooleanProperty();
    private final SimpleBooleanProperty connected = new SimpleBooleanProperty();
    private final BooleanBinding canTest;
    private final BooleanBinding canConnect;
    /** Which Test answer is current: a URL typed after a Test makes its answer stale. */
    private long probeGeneration;

    public TeamConnectViewModel(Path workspaceDir, BackgroundTasks tasks, WorkspaceReopener reopener) {
        this.workspaceDir = workspaceDir;
        this.tasks = tasks;
        this.reopener = reopener;
        canTest = Bindings.createBooleanBinding(() -> TeamUrls.firstSightProblem(url.get()) == null
                && probeState.get() != ProbeState.RUNNING && connecting.get() == null, url, probeState, connecting);
        canConnect = Bindings.createBooleanBinding(() -> TeamUrls.firstSightProblem(url.get()) == null
                && connecting.get() == null && !connected.get() && reopener != null, url, connecting, connected);
        url.addListener((o, a, u) -> {
            passwordNote.set(TeamUrls.hasPassword(u) ? TeamUrls.passwordNote() : "");
            if (probeState.get() != ProbeState.NONE) {
                probeGeneration++; // the answer was about another URL
                probeState.set(ProbeState.NONE);
                probeMessage.set("");
            }
        });
    }

    /** Test: asks the server in the background, changing nothing, and says what it found. */
    public void test() {
        String problem = TeamUrls.firstSightProblem(url.get());
        if (problem != null) {
            probeState.set(ProbeState.REFUSED);
            probeMessage.set(problem);
            return;
        }
        String u = url.get().strip();
        long mine = ++probeGeneration;
        probeState.set(ProbeState.RUNNING);
        probeMessage.set("Asking the server\u2026");
        tasks.run("Testing the team URL", () -> TeamService.probe(u), p -> {
            if (mine == probeGeneration) {
                probeState.set(p.ok() ? ProbeState.OK : ProbeState.REFUSED);
                probeMessage.set(ProbeSentence.of(p));
            }
        }, error -> {
            if (mine == probeGeneration) {
                probeState.set(ProbeState.REFUSED);
                probeMessage.set(UserMessages.describe("Testing the team URL", error));
            }
        });
    }

    /**
     * Connect: checks what can be checked here, then closes the workspace, joins the team and reopens it as a team
     * workspace. Returns false (saying why in {@link #outcomeProperty()}) when it did not start.
     */
    public boolean connect() {
        String problem = TeamUrls.firstSightProblem(url.get());
        if (problem != null) {
            fail(problem);
            return false;
        }
        if (reopener == null || connecting.get() != null) {
            return false;
        }
        String u = url.get().strip();
        String folderText = sharedFolder.get() == null ? "" : sharedFolder.get().strip();
        Path folder = folderText.isEmpty() ? null : Path.of(folderText);
        boolean move = moveAnnotations.get();
        boolean save = savePassword.get() && TeamUrls.hasPassword(u);
        // the pipeline checks everything (URL, server, schema, shared folder, a team already holding annotations)
        // before it changes anything: a refusal leaves the workspace as it was
        TeamJobTask<TeamService.Joined> job = new TeamJobTask<>("Connecting to the team", (progress, cancel) ->
                TeamService.join(workspaceDir, u, folder, move, save, progress, cancel));
        outcome.set("");
        failed.set(false);
        connecting.set(job);
        reopener.closeRunAndReopen("Connecting to the team", job, joined -> {
            connecting.set(null);
            connected.set(true);
            outcome.set((connectedSentence(joined.status(), joined.movedRows() > 0) + " "
                    + String.join(" ", joined.notes())).strip());
        }, error -> {
            connecting.set(null);
            fail(UserMessages.describe("Connecting to the team", error) + " The workspace is as it was.");
        });
        return true;
    }

    static String connectedSentence(TeamStatus status, boolean moved) {
        String where = status == null || status.location() == null ? "the team database" : status.location();
        String who = status == null || status.analyst() == null ? "" : " as " + status.analyst();
        return "Connected to " + where + who + ": your changes are seen by the others as you make them.";
    }

    /** Cancel while connecting: the job stops between items and undoes what it began. */
    public void cancel() {
        Task<TeamService.Joined> t = connecting.get();
        if (t != null) {
            t.cancel();
        }
    }

    private void fail(String sentence) {
        failed.set(true);
        outcome.set(sentence);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty sharedFolderProperty() {
        return sharedFolder;
    }

    public BooleanProperty savePasswordProperty() {
        return savePassword;
    }

    public BooleanProperty moveAnnotationsProperty() {
        return moveAnnotations;
    }

    public ReadOnlyObjectProperty<ProbeState> probeStateProperty() {
        return probeState;
    }

    /** What Test found, as one or two sentences; empty before a Test. */
    public ReadOnlyStringProperty probeMessageProperty() {
        return probeMessage;
    }

    /** Says the password in the URL is used once and where it belongs; empty when the URL has none. */
    public ReadOnlyStringProperty passwordNoteProperty() {
        return passwordNote;
    }

    /** The connect job while it runs; null otherwise. */
    public ReadOnlyObjectProperty<Task<TeamService.Joined>> connectingProperty() {
        return connecting;
    }

    /** How Connect ended (or why it did not start); empty before. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** True once connected: the dialog has nothing more to do. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected;
    }

    public BooleanBinding canTestProperty() {
        return canTest;
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }
}
