package org.rapporteur.ui.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.pipeline.TeamService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.ui.team.TeamConnectDialog;
import org.rapporteur.ui.team.TeamConnectViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team states for {@code docs/screenshots/} ({@code bin/screenshots} with a team server, issue 17): File ▸
 * Connect to team… with its Test answered ({@code 10-team-connect.png}); the window reopened as a team workspace, a
 * second analyst online who codes a claim the window announces, and who is online ({@code 11-team-online.png},
 * {@code 11-team-members.png}); then the server stopped under the window with a note typed meanwhile
 * ({@code 12-team-lost.png}), and started again. The window is the one the workspace switch puts up after
 * connecting, so it is asked for through suppliers.
 *
 * <p>Set by the script: {@code rapporteur.screenshots.team} (the team URL for this window's analyst, no password:
 * the password file has it), {@code rapporteur.screenshots.team.other} (the second analyst's URL), and the commands
 * {@code RAPPORTEUR_SCREENSHOT_STOP_SERVER} / {@code RAPPORTEUR_SCREENSHOT_START_SERVER}.
 */
public final class TeamScreenshotTour {
    private static final Logger LOG = LoggerFactory.getLogger(TeamScreenshotTour.class);
    static final String TEAM_TAG = "Proxies";
    static final String NOTE_WHILE_AWAY = "Compare with the 2022 seminar: same wording on sanctuaries.";

    private final Supplier<MainViewModel> vm;
    private final Supplier<MainWindow> window;
    private final Stage stage;
    private final Path out;
    private final Runnable onDone;
    private final String teamUrl;
    private final String otherUrl;
    private TeamConnectDialog dialog;
    private volatile boolean otherCoded;
    private volatile Workspace other;

    public TeamScreenshotTour(Supplier<MainViewModel> vm, Supplier<MainWindow> window, Stage stage, Path out,
                              String teamUrl, String otherUrl, Runnable onDone) {
        this.vm = vm;
        this.window = window;
        this.stage = stage;
        this.out = out;
        this.teamUrl = teamUrl;
        this.otherUrl = otherUrl;
        this.onDone = () -> {
            Workspace o = other;
            if (o != null) {
                o.close();
            }
            onDone.run();
        };
    }

    /** The team URL the script gives, or null when this run has no team server. */
    public static String teamUrl() {
        String u = System.getProperty("rapporteur.screenshots.team");
        return u == null || u.isBlank() ? null : u.strip();
    }

    public void start() {
        long t = 60_000;
        new FxScript(onDone)
                .then("window size", () -> {
                    stage.setMaximized(false);
                    stage.setWidth(ScreenshotTour.WIDTH);
                    stage.setHeight(ScreenshotTour.HEIGHT);
                }, () -> true, 1000)
                .then("first answer", () -> { }, () -> vm.get().firstIndexDoneProperty().get()
                        && vm.get().indexingProperty().get() == null && !vm.get().results().loadingProperty().get(),
                        10 * t)
                .then("welcome page ready", () -> { }, () -> !window.get().showsWelcome()
                        || window.get().welcome().samplesProperty().get() != null, t)
                .then("samples", () -> {
                    if (window.get().showsWelcome()) {
                        window.get().welcome().openSamples();
                    }
                }, () -> vm.get().firstIndexDoneProperty().get() && vm.get().indexingProperty().get() == null
                        && !window.get().showsWelcome() && window.get().resultsView() != null, 10 * t)
                .then("search", () -> {
                    vm.get().clearSearch();
                    vm.get().search().setQuietly(ScreenshotTour.QUERY);
                    vm.get().search().submit();
                }, () -> !vm.get().results().loadingProperty().get() && !vm.get().results().hits().isEmpty(), t)
                .then("select result", () -> window.get().resultsView().list().getSelectionModel().clearAndSelect(0),
                        () -> vm.get().inspector().annotationsProperty().get() != null, t)
                .then("a tag of one's own", () -> vm.get().inspector().addTag(TEAM_TAG),
                        () -> !vm.get().inspector().annotationsProperty().get().codings().isEmpty(), t)
                .then("connect dialog", () -> {
                    dialog = window.get().showConnectToTeam();
                    TeamConnectViewModel d = dialog.viewModel();
                    d.urlProperty().set(teamUrl);
                    String samples = System.getProperty("rapporteur.samples");
                    if (samples != null) {
                        d.sharedFolderProperty().set(Path.of(samples).toAbsolutePath().normalize().toString());
                    }
                    d.moveAnnotationsProperty().set(true);
                    d.test();
                }, () -> dialog.viewModel().probeStateProperty().get() == TeamConnectViewModel.ProbeState.OK
                        || dialog.viewModel().probeStateProperty().get() == TeamConnectViewModel.ProbeState.REFUSED,
                        t)
                .pause(600)
                .then("shot connect", () -> shot("10-team-connect.png", dialog.stage().getScene().getRoot()),
                        () -> true, 1000)
                .then("connect", () -> dialog.viewModel().connect(), () -> dialog.viewModel().connectedProperty()
                        .get() || dialog.viewModel().failedProperty().get(), 5 * t)
                .then("connected", () -> {
                    if (dialog.viewModel().failedProperty().get()) {
                        LOG.warn("Connecting failed: {}", dialog.viewModel().outcomeProperty().get());
                    }
                    dialog.stage().close();
                }, () -> vm.get().team().teamProperty().get(), t)
                .then("first answer as a team", () -> { }, () -> vm.get().firstIndexDoneProperty().get()
                        && vm.get().indexingProperty().get() == null && window.get().resultsView() != null, 10 * t)
                .then("the other analyst joins and codes", this::otherAnalystCodes, () -> otherCoded, 10 * t)
                .then("announced", () -> { }, () -> vm.get().team().lineProperty().get().contains("2 online")
                        && window.get().lastMessage().contains(" tagged "), t)
                .then("search again", () -> {
                    vm.get().search().setQuietly(ScreenshotTour.QUERY);
                    vm.get().search().submit();
                }, () -> !vm.get().results().loadingProperty().get(), t)
                .then("select result", () -> window.get().resultsView().list().getSelectionModel().clearAndSelect(0),
                        () -> vm.get().inspector().annotationsProperty().get() != null, t)
                .pause(1000)
                .then("shot online", () -> shot("11-team-online.png", window.get().root()), () -> true, 1000)
                .then("members", () -> window.get().teamIndicator().toggleMembers(),
                        () -> window.get().teamIndicator().membersPopup().isShowing(), t)
                .pause(800)
                .then("shot members", () -> shot("11-team-members.png",
                        window.get().teamIndicator().membersPopup().getContent().getFirst()), () -> true, 1000)
                .then("close members", () -> window.get().teamIndicator().membersPopup().hide(), () -> true, 300)
                .then("server stops", () -> run("RAPPORTEUR_SCREENSHOT_STOP_SERVER"),
                        () -> vm.get().team().healthProperty().get().state() == StoreHealth.State.LOST, t)
                .then("a note typed while away", () -> {
                    // as the analyst does: types into the note field and leaves it
                    if (window.get().root().lookup("#noteArea") instanceof javafx.scene.control.TextArea note) {
                        note.setText(NOTE_WHILE_AWAY);
                    }
                    vm.get().inspector().saveNote(NOTE_WHILE_AWAY);
                }, () -> vm.get().inspector().messageProperty().get() != null, t)
                .pause(1500)
                .then("shot lost", () -> shot("12-team-lost.png", window.get().root()), () -> true, 1000)
                .then("server back", () -> run("RAPPORTEUR_SCREENSHOT_START_SERVER"),
                        () -> vm.get().team().healthProperty().get().state() == StoreHealth.State.CONNECTED, 2 * t)
                .then("written", () -> { }, () -> vm.get().team().healthProperty().get().pendingChanges() == 0, t)
                .start();
    }

    /**
     * A second analyst on the same team, in this process: their own workspace joined to the team, the sample
     * reports indexed there (a coding names a claim their index must know), and one claim of this window's search
     * coded with this window's tag — which the window then announces with their name.
     */
    private void otherAnalystCodes() {
        if (otherUrl == null) {
            otherCoded = true;
            return;
        }
        List<ClaimHit> hits = List.copyOf(vm.get().results().hits());
        String samples = System.getProperty("rapporteur.samples");
        Thread worker = new Thread(() -> {
            try {
                Path dir = Files.createTempDirectory("rapporteur-screenshots-other-");
                TeamService.connect(dir, otherUrl, null, false, ProgressListener.NONE, Cancellation.NEVER);
                Workspace ws = Workspace.open(dir, ChangeOrigin.WORKBENCH);
                other = ws;
                ws.index(List.of(Path.of(samples)), ProgressListener.NONE, Cancellation.NEVER);
                var tag = ws.annotations().resolveTag(TEAM_TAG);
                String claim = hits.size() > 1 ? hits.get(1).record().claim().id()
                        : hits.getFirst().record().claim().id();
                ws.annotations().execute(new org.rapporteur.annotations.Change.AddCoding(tag.id(),
                        org.rapporteur.annotations.Target.claim(claim)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("The second analyst could not code a claim", e);
            } finally {
                otherCoded = true;
            }
        }, "screenshots-other-analyst");
        worker.setDaemon(true);
        worker.start();
    }

    /** Runs the script's command for a server state (stop, start); the tour waits for the window to notice. */
    private static void run(String variable) {
        String command = System.getenv(variable);
        if (command == null || command.isBlank()) {
            LOG.warn("{} is not set: the server state cannot be changed for the screenshots", variable);
            return;
        }
        // off the FX thread: pg_ctl waits for the server
        Thread t = new Thread(() -> {
            try {
                Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor();
            } catch (IOException e) {
                LOG.warn("{} failed", variable, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "screenshots-server");
        t.setDaemon(true);
        t.start();
    }

    private void shot(String name, Node node) {
        try {
            Files.createDirectories(out);
            WritableImage image = node.snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
            LOG.info("Wrote {}", out.resolve(name));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Writing {} failed", name, e);
        }
    }
}
