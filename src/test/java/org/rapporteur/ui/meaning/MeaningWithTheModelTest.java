package org.rapporteur.ui.meaning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.SearchMode;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.TestWorkbench;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.search.MatchBadges;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The same features with the real model and vector index over the sample reports (embedded once, a few seconds):
 * a search by meaning lists claims found by their meaning with their badge; the inspector's related claims are found
 * by meaning in other reports; once a claim's nearest neighbours are coded, the inspector suggests their tag, one
 * click codes it and Ctrl+Z takes it back; By example offers uncoded claims like the coded ones and A codes one.
 */
@ExtendWith(ApplicationExtension.class)
class MeaningWithTheModelTest {
    private static final String TAG = "model-test-topic";
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private MainViewModel vm;
    private MainWindow window;
    private TestWorkbench workbench;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
        workspace.meaning().embedMissing(ProgressListener.NONE, Cancellation.NEVER);
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        workbench = TestWorkbench.show(stage, workspace, "");
        vm = workbench.vm();
        window = workbench.window();
    }

    @AfterEach
    void stop() throws InterruptedException {
        workbench.closeWhenSettled();
    }

    private boolean coded(String claimId, long tagId) {
        return workspace.annotations().codings(claimId).stream().anyMatch(c -> c.tagId() == tagId);
    }

    @Test
    void searchRelatedSuggestionsAndExamplesByMeaning(FxRobot robot) {
        assertTrue(workspace.meaning().state().complete(), "every sample claim has its vector");

        // search by meaning: every hit found by its meaning (or also by its words), and says so
        onFx(() -> {
            vm.searchModeProperty().set(SearchMode.SEMANTIC);
            vm.search().setQuietly("militant sanctuaries across the border");
            vm.search().submit();
        });
        waitUntil(60, () -> !vm.results().loadingProperty().get()
                && vm.results().requestProperty().get().mode() == SearchMode.SEMANTIC
                && vm.results().requestProperty().get().query().equals("militant sanctuaries across the border"));
        List<ClaimHit> hits = onFx(() -> List.copyOf(vm.results().hits()));
        assertFalse(hits.isEmpty(), () -> "no hit by meaning; error: " + vm.results().errorMessageProperty().get()
                + "; note: " + vm.results().meaningNoteProperty().get() + "; state: " + workspace.meaning().state());
        assertTrue(hits.stream().allMatch(h -> h.match() != MatchKind.WORDS), "by meaning only");
        waitUntil(10, () -> window.resultsView().list().lookupAll("." + MatchBadges.BADGE).stream()
                .anyMatch(n -> n.isVisible() && ((javafx.scene.control.Label) n).getText()
                        .equals(MatchBadges.text(hits.getFirst().match()))));

        // the inspector: related by meaning, in other reports
        ClaimRecord claim = hits.getFirst().record();
        onFx(() -> vm.inspect(claim));
        waitUntil(30, () -> vm.inspector().claimProperty().get() != null
                && vm.inspector().claimProperty().get().claim().id().equals(claim.claim().id())
                && !vm.inspector().relatedLoadingProperty().get() && !vm.inspector().related().isEmpty());
        assertTrue(onFx(() -> vm.inspector().relatedByProperty().get()) == MatchKind.MEANING);
        assertTrue(onFx(() -> vm.inspector().related().stream().noneMatch(h -> h.record().claim().reportId()
                .equals(claim.claim().reportId()))));

        // its nearest neighbours coded by hand: the inspector suggests their tag; one click codes, Ctrl+Z undoes
        long tag = workspace.annotations().execute(new Change.CreateTag(TAG)).entityId();
        for (ClaimHit near : workspace.meaning().related(claim.claim().id(), 5)) {
            workspace.annotations().execute(new Change.AddCoding(tag, Target.claim(near.record().claim().id())));
        }
        waitUntil(30, () -> vm.inspector().suggestions().stream().anyMatch(s -> s.tagId() == tag));
        waitUntil(10, () -> robot.lookup("#acceptSuggestion").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#acceptSuggestion").queryAs(Button.class).fire());
        waitUntil(30, () -> coded(claim.claim().id(), tag));
        onFx(() -> window.resultsView().list().requestFocus());
        waitUntil(10, () -> vm.canUndoProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(30, () -> !coded(claim.claim().id(), tag));

        // By example: uncoded claims like the coded ones; A codes the selected one
        onFx(() -> window.showByExample(tag));
        ListView<?> list = robot.lookup("#" + ExampleView.LIST_ID).queryListView();
        waitUntil(60, () -> !vm.byExample().loadingProperty().get() && !list.getItems().isEmpty()
                && list.getSelectionModel().getSelectedIndex() == 0);
        ExampleViewModel.Row first = onFx(() -> vm.byExample().rows().getFirst());
        assertFalse(coded(first.claim().claim().id(), tag));
        assertTrue(first.nearestExample() != null && coded(first.nearestExample().claim().id(), tag),
                "beside it, the coded claim it is most like");
        onFx(() -> window.exampleView().focusList());
        waitUntil(10, list::isFocused);
        robot.type(KeyCode.A);
        waitUntil(30, () -> coded(first.claim().claim().id(), tag));
    }
}
