package org.rapporteur.ui.orphans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The orphans window on real orphans: pick one, "Re-attach to selected claim", and it leaves the list. */
@ExtendWith(ApplicationExtension.class)
class OrphansWindowTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static OrphanFixture.Made made;
    private final AtomicReference<ClaimRecord> selectedClaim = new AtomicReference<>();
    private BackgroundTasks tasks;
    private Stage owner;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = Workspace.open(dir.resolve("ws"));
        made = OrphanFixture.make(workspace, dir.resolve("corpus"));
    }

    @AfterAll
    static void tearDown() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks();
        owner = FxTestSupport.showAsOwner(stage);
        OrphansWindow.show(stage, workspace, tasks, selectedClaim::get, () -> null,
                List.of(OrphansWindow.class.getResource(Styles.STYLESHEET).toExternalForm()));
    }

    @Test
    void reattachingTheSelectedOrphanToTheSelectedClaimTakesItOffTheList(FxRobot robot) {
        waitUntil(20, () -> robot.lookup("#" + OrphansWindow.TABLE_ID).tryQuery().isPresent());
        TableView<OrphanRow> table = robot.lookup("#" + OrphansWindow.TABLE_ID).query();
        waitUntil(20, () -> table.getItems().size() == 2);
        saveScreenshotIfAsked(table);
        // Shown twice is one window.
        Stage again = onFx(() -> OrphansWindow.show(owner, workspace, tasks, selectedClaim::get, () -> null,
                List.of()));
        assertEquals(table.getScene().getWindow(), again);

        selectedClaim.set(workspace.corpus().claimsOf(made.after().id()).getFirst());
        int coding = onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).orphan().kind().equals("coding")) {
                    return i;
                }
            }
            return -1;
        });
        onFx(() -> table.getSelectionModel().select(coding));
        robot.clickOn("#" + OrphansWindow.REATTACH_CLAIM_ID);
        waitUntil(20, () -> table.getItems().size() == 1);
        assertEquals("note", onFx(() -> table.getItems().getFirst().orphan().kind()));
        assertTrue(workspace.annotations().codings(selectedClaim.get().claim().id()).stream()
                .anyMatch(c -> c.tagPath().equals("Breakwater schedule")));
        onFx(() -> ((Stage) table.getScene().getWindow()).close());
    }

    @Test
    void escapeOrTheCloseButtonClosesTheWindow(FxRobot robot) {
        waitUntil(20, () -> robot.lookup("#" + OrphansWindow.TABLE_ID).tryQuery().isPresent());
        TableView<OrphanRow> table = robot.lookup("#" + OrphansWindow.TABLE_ID).query();
        Stage window = onFx(() -> (Stage) table.getScene().getWindow());
        robot.clickOn(table);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(10, () -> !window.isShowing());

        Stage again = onFx(() -> OrphansWindow.show(owner, workspace, tasks, selectedClaim::get, () -> null,
                List.of()));
        waitUntil(10, again::isShowing);
        robot.clickOn("#" + OrphansWindow.CLOSE_ID);
        waitUntil(10, () -> !again.isShowing());
    }

    private static void saveScreenshotIfAsked(TableView<?> table) {
        String prefix = System.getProperty("reader.screenshot");
        if (prefix != null) {
            onFx(() -> {
                var image = table.getScene().snapshot(null);
                try {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                            new java.io.File(prefix + "-orphans.png"));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
