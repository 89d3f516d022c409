package org.rapporteur.ui.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Link;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.MeaningState;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.TagSuggestion;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.TestWorkbench;
import org.rapporteur.ui.inspector.InspectorView;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.main.UiPreferences;
import org.rapporteur.ui.search.SearchModeToggle;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.rapporteur.ui.tasks.TaskStatusView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workbench's meaning features driven as a person would, over the indexed sample reports with a stand-in for the
 * meaning services ({@link FakeMeaning}): the search mode toggle and Ctrl+M change the request; the inspector links a
 * claim related by meaning with the type picked; a suggested tag accepted with one click is a coding that Ctrl+Z
 * removes, a refused one goes; in the By example tab A codes and R refuses the selected candidate, which leaves the
 * list; embedding runs in the background with progress, pauses for an index run and goes on after it.
 */
@ExtendWith(ApplicationExtension.class)
class MeaningWorkbenchTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private MainViewModel vm;
    private MainWindow window;
    private TestWorkbench workbench;
    private FakeMeaning meaning;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        BackgroundTasks tasks = new BackgroundTasks();
        meaning = new FakeMeaning(workspace);
        workbench = TestWorkbench.show(stage, new MainViewModel(workspace, tasks, 50, meaning), tasks, 1280, 800,
                "");
        vm = workbench.vm();
        window = workbench.window();
    }

    @AfterEach
    void stop() throws InterruptedException {
        workbench.closeWhenSettled();
    }

    private ClaimRecord someClaim(int at) {
        return workspace.corpus().search(SearchRequest.of("", 50)).hits().get(at).record();
    }

    private void inspect(ClaimRecord r) {
        onFx(() -> vm.inspect(r));
        waitUntil(20, () -> vm.inspector().claimProperty().get() != null
                && vm.inspector().claimProperty().get().claim().id().equals(r.claim().id())
                && vm.inspector().annotationsProperty().get() != null
                && vm.inspector().annotationsProperty().get().claimId().equals(r.claim().id()));
    }

    private long newTag(String name) {
        return workspace.annotations().execute(new Change.CreateTag(name)).entityId();
    }

    private boolean coded(String claimId, long tagId) {
        return workspace.annotations().codings(claimId).stream().anyMatch(c -> c.tagId() == tagId);
    }

    @Test
    void theToggleAndCtrlMChangeTheSearchMode(FxRobot robot) {
        waitUntil(20, () -> vm.results().searchesCompleted() > 0 && vm.currentRequest().get() != null);
        assertEquals(SearchMode.HYBRID, onFx(() -> vm.currentRequest().get().mode()), "both is the default");

        robot.clickOn("#" + SearchModeToggle.ID + "-semantic");
        waitUntil(10, () -> vm.currentRequest().get().mode() == SearchMode.SEMANTIC
                && vm.results().requestProperty().get().mode() == SearchMode.SEMANTIC);
        waitUntil(10, () -> "semantic".equals(workspace.settings().preferences().get(UiPreferences.SEARCH_MODE)));

        robot.clickOn("#" + SearchModeToggle.ID + "-lexical");
        waitUntil(10, () -> vm.results().requestProperty().get().mode() == SearchMode.LEXICAL);

        // Ctrl+M: words → meaning → both, from the search field too
        onFx(window::focusSearch);
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(10, () -> vm.results().requestProperty().get().mode() == SearchMode.SEMANTIC);
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(10, () -> vm.results().requestProperty().get().mode() == SearchMode.HYBRID);
        assertTrue(onFx(() -> robot.lookup("#" + SearchModeToggle.ID + "-hybrid")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected()), "the pressed button follows");
    }

    @Test
    void aClaimRelatedByMeaningIsLinkedWithThePickedType(FxRobot robot) {
        ClaimRecord claim = someClaim(3);
        inspect(claim);
        waitUntil(20, () -> !vm.inspector().related().isEmpty()
                && vm.inspector().relatedByProperty().get() == MatchKind.MEANING);
        ClaimHit first = onFx(() -> vm.inspector().related().getFirst());
        assertFalse(first.record().claim().reportId().equals(claim.claim().reportId()), "other reports only");
        // the row says who, where and how similar
        waitUntil(10, () -> robot.lookup("#" + InspectorView.RELATED_ID).queryAs(javafx.scene.layout.VBox.class)
                .lookupAll(".label").stream().anyMatch(n -> ((Label) n).getText().endsWith("90 % similar")));

        // the row's link button offers the types; picking one links. The item is fired rather than clicked: the row
        // may be below the inspector's fold, where the popup's first layout raced the robot's click (flaky in CI)
        MenuButton link = robot.lookup("#relatedLink").queryAs(MenuButton.class);
        javafx.scene.control.MenuItem contradicts = onFx(() -> link.getItems().stream()
                .filter(i -> "this claim contradicts it".equals(i.getText())).findFirst().orElseThrow());
        robot.interact(contradicts::fire);
        waitUntil(20, () -> workspace.annotations().links(claim.claim().id()).stream().anyMatch(l ->
                l.type() == LinkType.CONTRADICTS && first.record().claim().id().equals(l.target().claimId())));
        List<Link> links = workspace.annotations().links(claim.claim().id());
        assertEquals(1, links.size());
    }

    @Test
    void anAcceptedSuggestionIsACodingThatUndoRemoves(FxRobot robot) {
        long tag = newTag("fake-topic");
        long other = newTag("fake-other");
        meaning.suggestions = List.of(new TagSuggestion(tag, "fake-topic", 0.82, List.of("a", "b")),
                new TagSuggestion(other, "fake-other", 0.2, List.of("c")));
        ClaimRecord claim = someClaim(5);
        inspect(claim);
        waitUntil(20, () -> vm.inspector().suggestions().size() == 2);
        waitUntil(10, () -> robot.lookup("#" + InspectorView.SUGGESTIONS_ID).queryAs(javafx.scene.layout.VBox.class)
                .lookupAll(".label").stream().anyMatch(n -> "strong · 82 %".equals(((Label) n).getText())));
        robot.interact(() -> robot.lookup("#acceptSuggestion").queryAs(Button.class).fire());
        waitUntil(20, () -> coded(claim.claim().id(), tag));
        assertEquals(List.of(claim.claim().id() + "/" + tag), List.copyOf(meaning.accepted));
        // the tag is now the claim's, not a suggestion
        waitUntil(20, () -> vm.inspector().suggestions().size() == 1
                && vm.inspector().suggestions().getFirst().tagId() == other);

        // Ctrl+Z outside a text field (which would undo its own typing) undoes the coding
        onFx(() -> window.resultsView().list().requestFocus());
        waitUntil(10, () -> vm.canUndoProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(20, () -> !coded(claim.claim().id(), tag));

        // refusing one: it goes, and is remembered for this claim
        waitUntil(20, () -> vm.inspector().suggestions().stream().anyMatch(s -> s.tagId() == other));
        robot.interact(() -> robot.lookup("#" + InspectorView.SUGGESTIONS_ID).queryAs(javafx.scene.layout.VBox.class)
                .lookupAll("#rejectSuggestion").stream().map(Button.class::cast)
                .filter(b -> b.getParent().getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof Label l
                        && l.getText().equals("#fake-other"))).findFirst().orElseThrow().fire());
        waitUntil(20, () -> meaning.rejected.contains(claim.claim().id() + "/" + other));
        waitUntil(20, () -> vm.inspector().suggestions().stream().noneMatch(s -> s.tagId() == other));
        assertFalse(coded(claim.claim().id(), other));
    }

    @Test
    void codeByExampleAcceptsWithAAndRejectsWithR(FxRobot robot) {
        long tag = newTag("fake-example");
        ClaimRecord example = someClaim(0);
        workspace.annotations().execute(new Change.AddCoding(tag, Target.claim(example.claim().id())));
        onFx(() -> window.showByExample(tag));
        ListView<?> list = robot.lookup("#" + ExampleView.LIST_ID).queryListView();
        waitUntil(20, () -> list.getItems().size() >= 3 && list.getSelectionModel().getSelectedIndex() == 0);
        List<ExampleViewModel.Row> rows = onFx(() -> List.copyOf(vm.byExample().rows()));
        assertTrue(rows.stream().noneMatch(r -> r.claim().claim().id().equals(example.claim().id())));
        assertEquals(example.claim().id(), rows.getFirst().nearestExample().claim().id(), "the example beside it");
        onFx(() -> window.exampleView().focusList());
        waitUntil(10, list::isFocused);

        robot.type(KeyCode.A);
        String first = rows.get(0).claim().claim().id();
        waitUntil(20, () -> coded(first, tag));
        waitUntil(10, () -> list.getItems().size() == rows.size() - 1 && list.getSelectionModel().getSelectedItem()
                == rows.get(1));
        waitUntil(10, () -> robot.lookup("#" + ExampleView.DONE_ID).queryAs(Label.class).getText()
                .contains("Ctrl+Z undoes"));

        robot.type(KeyCode.R);
        String second = rows.get(1).claim().claim().id();
        waitUntil(20, () -> meaning.rejected.contains(second + "/" + tag));
        waitUntil(10, () -> list.getItems().size() == rows.size() - 2 && list.getSelectionModel().getSelectedItem()
                == rows.get(2));
        assertFalse(coded(second, tag), "a rejected candidate is not coded");

        // Enter opens the selected candidate in the reader
        robot.type(KeyCode.ENTER);
        String third = rows.get(2).claim().claim().id();
        waitUntil(20, () -> window.workArea().getSelectionModel().getSelectedItem().getId()
                .equals(MainWindow.READER_TAB_ID) && vm.inspector().claimProperty().get() != null
                && vm.inspector().claimProperty().get().claim().id().equals(third));
    }

    @Test
    void embeddingRunsInTheBackgroundPausesForIndexingAndGoesOnAfter(FxRobot robot) {
        String before = System.getProperty("rapporteur.embed");
        System.setProperty("rapporteur.embed", "auto");
        try {
            meaning.state = new MeaningState("fake-model", 0, 1000, false, null);
            CountDownLatch hold = new CountDownLatch(1);
            meaning.holdEmbedding = hold;
            onFx(vm::embedMissing);
            waitUntil(20, () -> vm.embeddingProperty().get() != null
                    && "Embedding claims 0 / 1,000".equals(vm.embeddingProperty().get().getMessage()));
            Button cancel = robot.lookup("#" + TaskStatusView.CANCEL_EMBEDDING_ID).queryAs(Button.class);
            assertTrue(onFx(() -> cancel.isVisible() || cancel.getParent().isVisible()));
            onFx(vm::embedMissing); // asked again while it runs: still one job
            assertEquals(1, meaning.embedRuns.get());

            // an index run pauses it; it goes on when the run ends
            onFx(vm::index);
            waitUntil(60, () -> vm.indexingProperty().get() == null && meaning.embedRuns.get() == 2);
            hold.countDown();
            waitUntil(20, () -> vm.embeddingProperty().get() == null && meaning.state.complete());
            assertEquals(1, meaning.maxEmbedRunning.get(), "never two at once");

            // the status bar's Cancel stops it until the next run
            meaning.state = new MeaningState("fake-model", 500, 1000, false, null);
            CountDownLatch hold2 = new CountDownLatch(1);
            meaning.holdEmbedding = hold2;
            onFx(vm::embedMissing);
            waitUntil(20, () -> vm.embeddingProperty().get() != null);
            robot.interact(cancel::fire);
            waitUntil(20, () -> vm.embeddingProperty().get() == null);
            assertEquals(3, meaning.embedRuns.get());
            assertFalse(meaning.state.complete(), "cancelled before the rest was embedded");
        } finally {
            if (before == null) {
                System.clearProperty("rapporteur.embed");
            } else {
                System.setProperty("rapporteur.embed", before);
            }
        }
    }
}
