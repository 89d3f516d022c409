package org.rapporteur.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Connect to team…'s dialog in a headless window: its buttons follow what is typed, a password in the URL is
 * said to be used once, and Test asks a real PostgreSQL server (PgTestCluster) in the background and says what it
 * found — reachable, a wrong password, an unknown database — in a sentence, changing nothing.
 */
@ExtendWith(ApplicationExtension.class)
class TeamConnectDialogTest {
    @TempDir
    Path dir;
    private BackgroundTasks tasks;
    private TeamConnectDialog dialog;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Start
    void start(Stage stage) {
        org.rapporteur.ui.main.ThemeSwitcher.LIGHT.apply();
        tasks = new BackgroundTasks();
        dialog = new TeamConnectDialog(new TeamConnectViewModel(dir, tasks, null), null,
                List.of(TeamConnectDialog.class.getResource(Styles.STYLESHEET).toExternalForm()));
        dialog.stage().show();
    }

    @AfterEach
    void tearDown() {
        onFx(() -> dialog.stage().close());
        tasks.shutdown();
    }

    private static String url(PgEndpoint e, String user, String password, String database) {
        return "postgresql://" + user + (password == null ? "" : ":" + password) + "@" + e.host() + ":" + e.port()
                + "/" + database + "?sslmode=disable";
    }

    @Test
    void theButtonsFollowWhatIsTypedAndAPasswordIsSaidToBeUsedOnce(FxRobot robot) {
        Button test = robot.lookup("#" + TeamConnectDialog.TEST_ID).queryButton();
        Button connect = robot.lookup("#" + TeamConnectDialog.CONNECT_ID).queryButton();
        Label note = robot.lookup("#" + TeamConnectDialog.PASSWORD_NOTE_ID).queryAs(Label.class);
        TextField url = robot.lookup("#" + TeamConnectDialog.URL_ID).queryAs(TextField.class);
        assertEquals(TeamUrls.PLACEHOLDER, onFx(url::getPromptText));
        assertTrue(onFx(test::isDisabled), "nothing typed: nothing to test");

        robot.clickOn(url).write("http://server/team");
        assertTrue(onFx(test::isDisabled), "not a PostgreSQL URL");
        onFx(() -> url.setText(""));
        robot.clickOn(url).write("postgresql://ayesha@server/team");
        assertFalse(onFx(test::isDisabled));
        assertTrue(onFx(connect::isDisabled), "no window to reopen the workspace in: Connect stays off");
        assertFalse(onFx(note::isVisible));

        robot.write(":");
        onFx(() -> url.setText("postgresql://ayesha:s3cret@server/team"));
        assertTrue(onFx(note::isVisible));
        String said = onFx(note::getText);
        assertTrue(said.contains("used once") && said.contains("not stored") && said.contains("password file"), said);
        screenshot("team-connect-password.png");
    }

    /** With {@code -Drapporteur.screenshots=DIR}: the dialog as it is now, to look at. */
    private void screenshot(String name) {
        String out = System.getProperty("rapporteur.screenshots");
        if (out == null || out.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(out).resolve(name);
            java.nio.file.Files.createDirectories(target.getParent());
            javafx.scene.image.WritableImage image = onFx(() -> dialog.stage().getScene().snapshot(null));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    target.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void testAsksTheServerAndSaysWhatItFoundInASentence(FxRobot robot) {
        PgTestCluster server = PgTestCluster.shared();
        PgEndpoint team = server.newDatabase();
        TeamConnectViewModel vm = dialog.viewModel();
        Button test = robot.lookup("#" + TeamConnectDialog.TEST_ID).queryButton();
        Label probe = robot.lookup("#" + TeamConnectDialog.PROBE_ID).queryAs(Label.class);

        onFx(() -> vm.urlProperty().set(url(team, team.user(), team.password(), team.database())));
        robot.clickOn(test);
        waitUntil(60, () -> vm.probeStateProperty().get() == TeamConnectViewModel.ProbeState.OK);
        String ok = onFx(probe::getText);
        assertTrue(ok.contains(team.database()) && ok.contains("not encrypted"), ok);
        assertTrue(onFx(() -> probe.getStyleClass().contains(TeamDialogParts.OUTCOME)
                && !probe.getStyleClass().contains(TeamDialogParts.OUTCOME_ERROR)));

        onFx(() -> vm.urlProperty().set(url(team, team.user(), "not-" + team.password(), team.database())));
        assertEquals(TeamConnectViewModel.ProbeState.NONE, onFx(() -> vm.probeStateProperty().get()),
                "another URL: the last answer no longer applies");
        robot.clickOn(test);
        waitUntil(60, () -> vm.probeStateProperty().get() == TeamConnectViewModel.ProbeState.REFUSED);
        String wrong = onFx(probe::getText);
        assertTrue(wrong.toLowerCase(Locale.ROOT).contains("password"), wrong);
        assertTrue(onFx(() -> probe.getStyleClass().contains(TeamDialogParts.OUTCOME_ERROR)));

        onFx(() -> vm.urlProperty().set(url(team, team.user(), team.password(), "no_such_team")));
        robot.clickOn(test);
        waitUntil(60, () -> vm.probeStateProperty().get() == TeamConnectViewModel.ProbeState.REFUSED);
        String unknown = onFx(probe::getText);
        assertTrue(unknown.contains("no_such_team"), unknown);
        assertFalse(unknown.equals(wrong));
    }
}
