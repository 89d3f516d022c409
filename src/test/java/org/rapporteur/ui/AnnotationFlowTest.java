package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.search.ResultsView;
import org.rapporteur.ui.search.SearchBarView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The analyst's work, driven like a user on a fresh workspace: search → open a claim → tag it (Ctrl+K, typing, Enter)
 * → the tag facet counts it → link it (Ctrl+L, pick a claim, OK) → undo twice (Ctrl+Z) → redo (Ctrl+Y); and
 * correcting a speaker re-indexes the claim with the analyst's speaker.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationFlowTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private MainViewModel vm;
    private MainWindow window;

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
        TestWorkbench workbench = TestWorkbench.show(stage, workspace, "Afghanistan");
        vm = workbench.vm();
        window = workbench.window();
    }

    /** The tag facet's count for {@code tag}; call on the FX thread (inside {@code waitUntil}). */
    private long tagCount(String tag) {
        return vm.facets().groups().stream().filter(g -> g.dimension() == FacetDimension.TAG)
                .flatMap(g -> g.values().stream()).filter(v -> v.value().equals(tag))
                .mapToLong(FacetCount.Value::count).sum();
    }

    private void selectFirstResult(FxRobot robot) {
        waitUntil(20, () -> !vm.results().loadingProperty().get() && !vm.results().hits().isEmpty());
        robot.clickOn(robot.lookup("#" + ResultsView.LIST_ID + " .list-cell").nth(0).queryAs(Node.class));
        waitUntil(15, () -> vm.inspector().annotationsProperty().get() != null
                && vm.inspector().claimProperty().get() != null && vm.inspector().annotationsProperty().get()
                .claimId().equals(vm.inspector().claimProperty().get().claim().id()));
    }

    @Test
    void tagLinkUndoRedo(FxRobot robot) {
        selectFirstResult(robot);
        String claimId = onFx(() -> vm.inspector().claimProperty().get().claim().id());

        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.write("Proxy wars").type(KeyCode.ENTER);
        waitUntil(20, () -> vm.inspector().annotationsProperty().get().codings().stream()
                .anyMatch(c -> c.tagPath().equals("Proxy wars")));
        waitUntil(20, () -> tagCount("Proxy wars") == 1);
        // The result's tag chip carries the codebook's colour for the new tag.
        String colour = workspace.annotations().resolveTag("Proxy wars").colour();
        waitUntil(20, () -> robot.lookup("#" + ResultsView.LIST_ID + " .chip-tag").queryAll().stream()
                .map(javafx.scene.control.Label.class::cast)
                .anyMatch(l -> l.getText().equals("#Proxy wars") && l.getGraphic() instanceof Circle c
                        && c.getFill().equals(Color.web(colour))));
        assertTrue(workspace.corpus().claim(claimId).orElseThrow().tags().contains("Proxy wars"), "the index knows the tag");

        // The reader marks the coded claim.
        onFx(() -> vm.openClaim(vm.inspector().claimProperty().get()));
        waitUntil(20, () -> vm.reader().codings().containsKey(claimId));
        assertEquals(java.util.List.of("Proxy wars"), onFx(() -> vm.reader().codings().get(claimId)));
        onFx(() -> window.workArea().getSelectionModel().select(0));

        // Ctrl+L from the results list: the dialog offers related claims and results; link to the first.
        robot.clickOn(robot.lookup("#" + ResultsView.LIST_ID + " .list-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#linkCandidates").tryQuery().isPresent());
        ListView<ClaimHit> candidates = robot.lookup("#linkCandidates").query();
        String target = onFx(() -> candidates.getSelectionModel().getSelectedItem().record().claim().id());
        DialogPane pane = (DialogPane) onFx(() -> candidates.getScene().getRoot());
        robot.clickOn((Button) onFx(() -> pane.lookupButton(ButtonType.OK)));
        waitUntil(20, () -> vm.inspector().annotationsProperty().get().links().size() == 1);
        var link = onFx(() -> vm.inspector().annotationsProperty().get().links().getFirst());
        assertEquals(target, link.otherClaimId());
        assertEquals(LinkType.SUPPORTS, link.type());
        assertTrue(link.outgoing());

        // Undo the link, then the tag (focus on the list, so no text field takes Ctrl+Z for itself).
        robot.clickOn(robot.lookup("#" + ResultsView.LIST_ID + " .list-cell").nth(0).queryAs(Node.class));
        waitUntil(10, () -> vm.canUndoProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(20, () -> vm.inspector().annotationsProperty().get().links().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(20, () -> vm.inspector().annotationsProperty().get().codings().isEmpty());
        waitUntil(20, () -> tagCount("Proxy wars") == 0);
        assertTrue(workspace.corpus().claim(claimId).orElseThrow().tags().isEmpty(), "the index dropped the tag");

        waitUntil(10, () -> vm.canRedoProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(20, () -> vm.inspector().annotationsProperty().get().codings().size() == 1);
    }

    @Test
    void correctingTheSpeakerReindexesTheClaim(FxRobot robot) {
        selectFirstResult(robot);
        String claimId = onFx(() -> vm.inspector().claimProperty().get().claim().id());
        robot.clickOn("#correctSpeaker");
        waitUntil(10, () -> robot.lookup("#correctName").tryQuery().isPresent());
        robot.clickOn("#correctName");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Imaginary Rapporteur");
        DialogPane pane = (DialogPane) onFx(() -> robot.lookup("#correctName").query().getScene().getRoot());
        robot.clickOn((Button) onFx(() -> pane.lookupButton(ButtonType.OK)));
        waitUntil(30, () -> {
            var c = vm.inspector().claimProperty().get();
            return c != null && c.claim().attribution().speaker() != null
                    && "Imaginary Rapporteur".equals(c.claim().attribution().speaker().name());
        });
        var indexed = workspace.corpus().claim(claimId).orElseThrow().claim().attribution();
        assertEquals("Imaginary Rapporteur", indexed.speakerName());
        assertEquals(AttributionMethod.CORRECTION, indexed.method());
        // The speaker facet and search see the correction.
        robot.clickOn("#" + SearchBarView.FIELD_ID);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("speaker:\"Imaginary Rapporteur\"").type(KeyCode.ENTER);
        waitUntil(20, () -> !vm.results().loadingProperty().get() && vm.results().totalProperty().get() == 1);
    }
}
