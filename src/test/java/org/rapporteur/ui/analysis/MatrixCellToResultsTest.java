package org.rapporteur.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.pipeline.AnalysisTestData;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.main.WorkbenchTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow of the matrix, headless: open the Matrix tab on the sample corpus, wait for the heat map, click a
 * cell, and the Results request holds the two facet filters whose search finds exactly the cell's count.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixCellToResultsTest {
    @TempDir
    static Path dir;
    private static Workspace ws;
    private static FakeWorkbenchContext ctx;
    private TabPane tabs;

    @BeforeAll
    static void index() {
        ws = AnalysisTestData.sampleWorkspace(dir);
        ctx = new FakeWorkbenchContext(ws);
    }

    @AfterAll
    static void close() {
        ctx.background.shutdownNow();
        ws.close();
    }

    @Start
    void start(Stage stage) {
        tabs = new TabPane(new Tab("Results", new Label("results")));
        for (WorkbenchTab t : AnalysisTabs.create(ctx)) {
            tabs.getTabs().add(new Tab(t.title(), t.view()));
        }
        stage.setScene(new Scene(tabs, 1200, 800));
        stage.show();
    }

    @Test
    void clickingACellListsItsClaimsInResults(FxRobot robot) throws Exception {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".heat-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TableCell<?, ?> c && !c.isEmpty() && c.isVisible()));
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> first = robot.lookup(".heat-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty() && Integer.valueOf(0).equals(c.getItem())
                        && c.getTableColumn().getUserData() instanceof Integer col && col == 0)
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow();
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, ctx.shown.size(), "one click, one listing");
        FakeWorkbenchContext.Shown shown = ctx.shown.getFirst();
        Map<FacetDimension, Set<String>> filters = shown.request().filters();
        assertEquals(Set.of(FacetDimension.SPEAKER, FacetDimension.THEME), filters.keySet());
        long listed = ws.corpus().search(shown.request()).total();
        String cellText = ((javafx.scene.control.Label) ((javafx.scene.layout.StackPane) first.getGraphic())
                .getChildren().get(1)).getText();
        assertEquals(cellText.replace(",", ""), Long.toString(listed), "the cell's number is what Results lists");
        assertTrue(listed > 0);
        assertTrue(shown.title().contains(" × Theme: "), shown.title());
        assertEquals(ctx.request.get().query(), shown.request().query());
    }
}
