package org.rapporteur.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.TestWorkbench;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ctrl+E in the workbench opens the export dialog on the window's current search, owned by the window, with the
 * hand-picked choice off while the inspector is empty and Export enabled once the choices are read.
 */
@ExtendWith(ApplicationExtension.class)
class ExportShortcutTest {
    private static Workspace workspace;
    private BackgroundTasks tasks;
    private MainViewModel vm;
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.sampleWorkspace();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWorkbench workbench = TestWorkbench.show(stage, workspace, null);
        tasks = workbench.tasks();
        vm = workbench.vm();
        window = workbench.window();
        vm.showClaims("", new org.rapporteur.model.SearchRequest("Afghanistan", java.util.Map.of(),
                org.rapporteur.model.SortOrder.RELEVANCE, 50, 0, 20));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        onFx(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        vm.close();
        tasks.shutdown();
        tasks.executor().awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void ctrlEOpensTheDialogOnTheCurrentSearch(FxRobot robot) {
        waitUntil(20, () -> !vm.results().loadingProperty().get() && !vm.results().hits().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#" + ExportDialog.ROOT_ID).tryQuery().isPresent());
        RadioButton search = robot.lookup("#exportScope-search").queryAs(RadioButton.class);
        assertTrue(onFx(search::isSelected));
        Label detail = (Label) onFx(() -> ((javafx.scene.layout.VBox) search.getParent()).getChildren().get(1));
        assertEquals("search: Afghanistan", onFx(detail::getText));
        RadioButton picked = robot.lookup("#exportScope-claims").queryAs(RadioButton.class);
        assertTrue(onFx(picked::isDisabled), "no claim in the inspector yet");
        Stage dialog = (Stage) onFx(() -> search.getScene().getWindow());
        assertEquals(stage, onFx(dialog::getOwner));
        var export = robot.lookup("#" + ExportDialog.EXPORT_ID).queryButton();
        waitUntil(30, () -> !export.isDisabled());
    }

    @Test
    void claimsPickedInTheResultsAreTheHandPickedSet(FxRobot robot) {
        waitUntil(20, () -> !vm.results().loadingProperty().get() && vm.results().hits().size() >= 3);
        var list = window.resultsView().list();
        robot.clickOn(robot.lookup("#resultsList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL).clickOn(robot.lookup("#resultsList .list-cell").nth(2)
                .queryAs(javafx.scene.Node.class)).release(KeyCode.CONTROL);
        waitUntil(10, () -> list.getSelectionModel().getSelectedIndices().size() == 2);
        java.util.List<String> expected = onFx(() -> java.util.List.of(vm.results().hits().get(0),
                vm.results().hits().get(2)).stream().map(h -> h.record().claim().id()).toList());
        assertEquals(expected, onFx(() -> window.resultsView().picked().stream().map(r -> r.claim().id()).toList()));

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#" + ExportDialog.ROOT_ID).tryQuery().isPresent());
        RadioButton picked = robot.lookup("#exportScope-claims").queryAs(RadioButton.class);
        assertTrue(onFx(() -> !picked.isDisabled()), "two picked results make a hand-picked set");
        Label detail = (Label) onFx(() -> ((javafx.scene.layout.VBox) picked.getParent()).getChildren().get(1));
        assertTrue(onFx(detail::getText).endsWith(" and 1 more"), onFx(detail::getText));
    }
}
