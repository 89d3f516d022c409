package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.inspector.InspectorView;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.search.ResultsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Not this theme", driven like a user: open a claim with themes, click the remove button on its first theme — the
 * inspector, the index and the theme facet lose it — then Ctrl+Z, and it is back everywhere.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeCorrectionFlowTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private MainViewModel vm;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
    }

    @AfterAll
    static void tearDown() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        vm = TestWorkbench.show(stage, workspace, "Afghanistan").vm();
    }

    private List<String> inspectorThemes() {
        var c = vm.inspector().claimProperty().get();
        return c == null ? List.of() : c.claim().enrichment().themes().stream().map(ThemeMatch::theme).toList();
    }

    private long themeCount(String theme) {
        String leaf = theme.substring(theme.lastIndexOf('/') + 1);
        return vm.facets().groups().stream().filter(g -> g.dimension() == FacetDimension.THEME)
                .flatMap(g -> g.values().stream())
                .filter(v -> v.value().equals(theme) || v.value().equals(leaf))
                .mapToLong(FacetCount.Value::count).sum();
    }

    /** Scrolls the inspector so that {@code node} is in view (the themes section may be below the fold). */
    private static void scrollIntoView(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        if (room > 0) {
            pane.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / room)));
        }
        pane.layout();
    }

    @Test
    void removingAThemeTakesItOffAndUndoBringsItBack(FxRobot robot) {
        waitUntil(20, () -> !vm.results().loadingProperty().get() && !vm.results().hits().isEmpty());
        int at = onFx(() -> {
            List<ClaimHit> hits = vm.results().hits();
            for (int i = 0; i < Math.min(hits.size(), 6); i++) {
                if (!hits.get(i).record().claim().enrichment().themes().isEmpty()) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(at >= 0, "a claim with a theme among the first results");
        javafx.scene.control.ListView<?> list = robot.lookup("#" + ResultsView.LIST_ID).queryAs(
                javafx.scene.control.ListView.class);
        onFx(() -> list.getSelectionModel().select(at));
        waitUntil(15, () -> !inspectorThemes().isEmpty()
                && robot.lookup("." + InspectorView.REMOVE_THEME_CLASS).tryQuery().isPresent());
        String claimId = onFx(() -> vm.inspector().claimProperty().get().claim().id());
        String theme = onFx(() -> inspectorThemes().getFirst());
        waitUntil(20, () -> themeCount(theme) > 0);
        long before = onFx(() -> themeCount(theme));

        Button remove = robot.lookup("." + InspectorView.REMOVE_THEME_CLASS).nth(0).queryAs(Button.class);
        onFx(() -> scrollIntoView(robot.lookup("#" + InspectorView.ID).queryAs(ScrollPane.class), remove));
        robot.clickOn(remove);
        waitUntil(30, () -> !inspectorThemes().contains(theme));
        assertFalse(workspace.corpus().claim(claimId).orElseThrow().claim().enrichment().themes().stream()
                .anyMatch(t -> t.theme().equals(theme)), "the index lost the theme");
        waitUntil(20, () -> themeCount(theme) == before - 1);

        // Ctrl+Z with the focus on the results list (no text field takes it for itself)
        onFx(list::requestFocus);
        waitUntil(10, () -> vm.canUndoProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(30, () -> inspectorThemes().contains(theme));
        waitUntil(20, () -> themeCount(theme) == before);
        assertTrue(workspace.corpus().claim(claimId).orElseThrow().claim().enrichment().themes().stream()
                .anyMatch(t -> t.theme().equals(theme)), "the index has it back");
    }
}
