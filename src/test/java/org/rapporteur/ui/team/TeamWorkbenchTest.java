package org.rapporteur.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.main.WorkspaceSwitch;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The workbench joins a team on a real PostgreSQL server and leaves it again: File ▸ Connect to team… moves the
 * workspace's annotations in and the window comes back as a team workspace, its status bar naming the team; the
 * server stopped under it turns the indicator to "unreachable" and back when it returns; File ▸ Leave team… copies
 * the team's annotations back and the window comes back on the workspace's own file. The password comes from a
 * password file this test writes, as an analyst's would ({@code user.home} pointed at it).
 */
@ExtendWith(ApplicationExtension.class)
class TeamWorkbenchTest {
    @TempDir
    Path dir;
    private Stage stage;
    private WorkspaceSwitch switcher;
    private String home;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (switcher != null) {
            WorkspaceSwitch.Session s = onFx(() -> switcher.current());
            onFx(() -> {
                s.vm().close();
                stage.close();
            });
            s.tasks().shutdown();
            s.tasks().executor().awaitTermination(30, TimeUnit.SECONDS);
            s.workspace().close();
        }
        if (home != null) {
            System.setProperty("user.home", home);
        }
    }

    /** The analyst's password file, as libpq reads it: in the home folder, readable by the owner only. */
    private void passwordFile(PgEndpoint e) throws Exception {
        Path fakeHome = Files.createDirectories(dir.resolve("home"));
        Path pgpass = fakeHome.resolve(".pgpass");
        Files.writeString(pgpass, e.host() + ":" + e.port() + ":" + e.database() + ":" + e.user() + ":"
                + e.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        home = System.getProperty("user.home");
        System.setProperty("user.home", fakeHome.toString());
    }

    private MainWindow openWindow(Path wsDir) throws Exception {
        Workspace workspace = org.rapporteur.ui.welcome.WorkspaceFolderChoice.open(wsDir);
        BackgroundTasks tasks = new BackgroundTasks();
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            MainViewModel vm = new MainViewModel(workspace, tasks, 50);
            MainWindow window = new MainWindow(vm, stage);
            stage.setScene(window.scene());
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            switcher = new WorkspaceSwitch(stage, new WorkspaceSwitch.Session(workspace, tasks, vm, window), s -> { });
            vm.start();
            return window;
        }).get(3, TimeUnit.MINUTES);
    }

    private WorkspaceSwitch.Session current() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return switcher.current(); // inside a waitUntil condition
        }
        return onFx(() -> switcher.current());
    }

    @Test
    void theServerStoppedUnderTheWindowIsSaidAndItsReturnToo() throws Exception {
        PgTestCluster server = PgTestCluster.startNew();
        try {
            PgEndpoint team = server.newDatabase();
            passwordFile(team);
            Path wsDir = dir.resolve("ws");
            org.rapporteur.pipeline.TeamService.connect(wsDir, "postgresql://" + team.user() + "@" + team.host() + ":"
                    + team.port() + "/" + team.database() + "?sslmode=disable", null, false,
                    org.rapporteur.progress.ProgressListener.NONE, org.rapporteur.progress.Cancellation.NEVER);
            MainWindow window = openWindow(wsDir);
            waitUntil(60, () -> window.teamIndicator().isVisible()
                    && window.teamIndicator().getText().startsWith("Team \u00b7 "));

            server.stop();
            waitUntil(60, () -> current().vm().team().healthProperty().get().state() == StoreHealth.State.LOST);
            String lost = onFx(window.teamIndicator()::getText);
            assertTrue(lost.startsWith("Team server unreachable since ") && lost.contains("retrying"), lost);
            assertTrue(onFx(() -> window.teamIndicator().getStyleClass().contains(TeamIndicator.LOST)));

            // a change made meanwhile is kept on this machine, and the indicator counts it
            org.rapporteur.annotations.StoreUnavailableException kept = org.junit.jupiter.api.Assertions.assertThrows(
                    org.rapporteur.annotations.StoreUnavailableException.class, () -> current().workspace()
                            .annotations().execute(new Change.CreateTag("Kept while away")));
            assertTrue(kept.getMessage().contains("kept"), kept.getMessage());
            waitUntil(30, () -> current().vm().team().healthProperty().get().pendingChanges() == 1);
            assertTrue(onFx(window.teamIndicator()::getText).endsWith("1 change waiting"),
                    onFx(window.teamIndicator()::getText));

            server.start();
            waitUntil(90, () -> current().vm().team().healthProperty().get().state() == StoreHealth.State.CONNECTED
                    && current().vm().team().healthProperty().get().pendingChanges() == 0);
            assertTrue(onFx(window.teamIndicator()::getText).startsWith("Team \u00b7 "));
            assertTrue(current().workspace().annotations().tags().stream()
                    .anyMatch(t -> t.name().equals("Kept while away")), "the kept change was written");
        } finally {
            server.close();
        }
    }

    @Test
    void connectingMovesTheAnnotationsInAndTheWindowComesBackAsATeamWorkspace(FxRobot robot) throws Exception {
        PgTestCluster server = PgTestCluster.startNew();
        try {
            PgEndpoint team = server.newDatabase();
            passwordFile(team);
            Path wsDir = dir.resolve("ws");
            try (Workspace ws = Workspace.open(wsDir, ChangeOrigin.WORKBENCH)) {
                ws.annotations().execute(new Change.CreateTag("Proxies"));
            }
            MainWindow window = openWindow(wsDir);
            assertFalse(onFx(() -> window.teamIndicator().isVisible()), "a single-user workspace shows no team");

            TeamConnectDialog dialog = onFx(window::showConnectToTeam);
            String url = "postgresql://" + team.user() + "@" + team.host() + ":" + team.port() + "/"
                    + team.database() + "?sslmode=disable";
            onFx(() -> {
                dialog.viewModel().urlProperty().set(url);
                dialog.viewModel().moveAnnotationsProperty().set(true);
            });
            robot.clickOn(robot.lookup("#" + TeamConnectDialog.CONNECT_ID).queryButton());
            waitUntil(120, () -> dialog.viewModel().connectedProperty().get()
                    || dialog.viewModel().failedProperty().get());
            assertTrue(onFx(() -> dialog.viewModel().connectedProperty().get()),
                    onFx(() -> dialog.viewModel().outcomeProperty().get()));
            assertTrue(onFx(() -> dialog.viewModel().outcomeProperty().get()).startsWith("Connected to "));

            waitUntil(60, () -> current().window() != window && current().vm().team().teamProperty().get());
            MainWindow teamWindow = current().window();
            assertTrue(current().vm().isTeam());
            assertTrue(current().workspace().annotations().isTeam());
            assertTrue(current().workspace().annotations().tags().stream().anyMatch(t -> t.name().equals("Proxies")),
                    "the tag moved into the team database");
            waitUntil(30, () -> teamWindow.teamIndicator().getText().startsWith("Team \u00b7 " + team.database()
                    + "@127.0.0.1:" + team.port()));
            assertTrue(onFx(() -> teamWindow.teamIndicator().isVisible()));
            onFx(dialog.stage()::close);

            // leaving copies the team's annotations back; the window comes back on the workspace's own file
            TeamLeaveDialog leave = onFx(teamWindow::showLeaveTeam);
            assertTrue(onFx(() -> leave.viewModel().copyAnnotationsProperty().get()), "copying is the default");
            Button leaveButton = robot.lookup("#" + TeamLeaveDialog.LEAVE_ID).queryButton();
            robot.clickOn(leaveButton);
            waitUntil(120, () -> leave.viewModel().leftProperty().get() || leave.viewModel().failedProperty().get());
            assertTrue(onFx(() -> leave.viewModel().leftProperty().get()),
                    onFx(() -> leave.viewModel().outcomeProperty().get()));
            waitUntil(60, () -> current().window() != teamWindow);
            assertFalse(current().workspace().annotations().isTeam());
            assertFalse(current().vm().isTeam());
            assertEquals(1, current().workspace().annotations().tags().stream()
                    .filter(t -> t.name().equals("Proxies")).count());
            onFx(leave.stage()::close);
        } finally {
            server.close();
        }
    }
}
