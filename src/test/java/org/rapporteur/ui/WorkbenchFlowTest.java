package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.ui.inspector.InspectorView;
import org.rapporteur.ui.library.LibraryView;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.reader.ReaderBlock;
import org.rapporteur.ui.reader.ReaderView;
import org.rapporteur.ui.search.ResultsView;
import org.rapporteur.ui.search.SearchBarView;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workbench driven like a user, headless: search → facet → open a claim in the inspector → jump to it in the
 * reader; a query syntax error shown inline; library → reader.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {
    private BackgroundTasks tasks;
    private MainViewModel vm;
    private MainWindow window;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
        // Indexed here, not in @Start on the FX thread: when this is the JVM's first UI test, indexing the samples
        // there can outlast TestFX's 30 s set-up limit on a busy machine.
        FxTestSupport.sampleWorkspace();
    }

    @Start
    void start(Stage stage) {
        TestWorkbench workbench = TestWorkbench.show(stage, FxTestSupport.sampleWorkspace(), "");
        tasks = workbench.tasks();
        vm = workbench.vm();
        window = workbench.window();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private static <T extends Node> T find(FxRobot robot, String id) {
        T node = robot.lookup("#" + id).query();
        assertNotNull(node, "no node #" + id);
        return node;
    }

    private void searchFor(FxRobot robot, String query) {
        robot.clickOn("#" + SearchBarView.FIELD_ID);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(query);
        robot.type(KeyCode.ENTER);
        waitUntil(15, () -> !vm.results().loadingProperty().get()
                && query.equals(vm.currentRequest().get() == null ? null : vm.currentRequest().get().query()));
    }

    @Test
    void searchThenFacetThenInspectThenReadTheClaimInPlace(FxRobot robot) {
        searchFor(robot, "Afghanistan");
        ListView<ClaimHit> results = find(robot, ResultsView.LIST_ID);
        long all = onFx(() -> vm.results().totalProperty().get());
        assertTrue(all > 1, "the samples mention Afghanistan more than once");
        Label count = find(robot, ResultsView.COUNT_ID);
        assertTrue(onFx(count::getText).startsWith(String.format(Locale.ROOT, "%,d claim", all)), onFx(count::getText));

        // Check the first value of the first facet pane (at the top, so on screen): fewer results, same query.
        CheckBox box = onFx(() -> robot.lookup(".facet-pane .check-box").queryAll().stream()
                .map(n -> (CheckBox) n).findFirst().orElseThrow());
        robot.clickOn(box);
        waitUntil(15, () -> !vm.results().loadingProperty().get() && !vm.currentRequest().get().filters().isEmpty());
        long filtered = onFx(() -> vm.results().totalProperty().get());
        assertTrue(filtered < all && filtered > 0, filtered + " of " + all);
        assertEquals("Afghanistan", onFx(() -> vm.currentRequest().get().query()));

        // Click the first result: the inspector shows its text.
        waitUntil(10, () -> !results.getItems().isEmpty());
        ClaimHit first = onFx(() -> results.getItems().getFirst());
        robot.clickOn(robot.lookup("#" + ResultsView.LIST_ID + " .list-cell").nth(0).queryAs(Node.class));
        waitUntil(10, () -> vm.inspector().claimProperty().get() != null);
        assertEquals(first.record().claim().id(), onFx(() -> vm.inspector().claimProperty().get().claim().id()));
        Label quote = find(robot, InspectorView.TEXT_ID);
        String start = first.record().claim().text().strip().substring(0, 20);
        assertTrue(onFx(quote::getText).contains(start.replaceAll("\\s*\\n\\s*", " ")), onFx(quote::getText));
        waitUntil(15, () -> !vm.inspector().relatedLoadingProperty().get());

        // Enter opens it in the reader, scrolled to and selecting the claim.
        robot.type(KeyCode.ENTER);
        TabPane tabs = window.workArea();
        waitUntil(15, () -> tabs.getSelectionModel().getSelectedItem().getId().equals(MainWindow.READER_TAB_ID)
                && !vm.reader().loadingProperty().get() && !vm.reader().blocks().isEmpty());
        assertEquals(first.record().claim().id(), onFx(() -> vm.reader().selectedClaimIdProperty().get()));
        ListView<ReaderBlock> reader = find(robot, ReaderView.LIST_ID);
        waitUntil(10, () -> reader.getSelectionModel().getSelectedItem() != null
                && reader.getSelectionModel().getSelectedItem().containsClaim(first.record().claim().id()));

        // F3 moves to the next hit, following it in the reader.
        robot.type(KeyCode.F3);
        waitUntil(10, () -> results.getSelectionModel().getSelectedIndex() == 1 || results.getItems().size() == 1);
    }

    @Test
    void aQuerySyntaxErrorIsShownUnderTheBar(FxRobot robot) {
        searchFor(robot, "peace AND (talks");
        VBox error = find(robot, SearchBarView.ERROR_ID);
        waitUntil(10, error::isVisible);
        String message = onFx(() -> ((Label) error.getChildren().getFirst()).getText());
        assertTrue(message.contains("position"), message);
        assertTrue(onFx(() -> error.getChildren().size()) >= 3, "query line and caret line shown");
        searchFor(robot, "peace");
        waitUntil(10, () -> !error.isVisible());
    }

    @Test
    void aReportPickedInTheLibraryOpensInTheReader(FxRobot robot) {
        TreeView<Object> tree = find(robot, LibraryView.TREE_ID);
        waitUntil(15, () -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        TreeItem<Object> item = onFx(() -> tree.getRoot().getChildren().getFirst().getChildren().getFirst());
        ReportSummary report = (ReportSummary) item.getValue();
        onFx(() -> tree.getSelectionModel().select(item));
        waitUntil(15, () -> !vm.reader().loadingProperty().get() && vm.reader().reportProperty().get() != null
                && vm.reader().reportProperty().get().id().equals(report.id()) && !vm.reader().blocks().isEmpty());
        Label title = find(robot, ReaderView.TITLE_ID);
        assertEquals(report.title() != null ? report.title() : report.source(), onFx(title::getText));
        assertFalse(onFx(() -> vm.reader().blocks().stream().allMatch(b -> b.segments().isEmpty())));
        // Its claims are clickable: clicking one shows it in the inspector.
        String claimId = onFx(() -> vm.reader().blocks().stream().flatMap(b -> b.segments().stream())
                .map(ReaderBlock.Segment::claimId).filter(java.util.Objects::nonNull).findFirst().orElseThrow());
        onFx(() -> vm.reader().clickClaim(claimId));
        waitUntil(10, () -> vm.inspector().claimProperty().get() != null
                && vm.inspector().claimProperty().get().claim().id().equals(claimId));
    }
}
