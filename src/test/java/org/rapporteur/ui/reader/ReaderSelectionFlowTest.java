package org.rapporteur.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.TargetKind;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.TestWorkbench;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Coding a text selection like a user: open a sample report in the reader, drag across words of a paragraph, Ctrl+K,
 * type a new tag, Enter; the words are marked in the reader and the store holds a selection coding on exactly them;
 * Ctrl+Z removes the coding and the mark.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderSelectionFlowTest {
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
        TestWorkbench workbench = TestWorkbench.show(stage, workspace, null);
        vm = workbench.vm();
        window = workbench.window();
    }

    /** The visible reader cell showing a paragraph of at least three lines, and its marked text flow. */
    private static MarkedTextFlow longParagraph(FxRobot robot) {
        ListView<ReaderBlock> list = robot.lookup("#" + ReaderView.LIST_ID).query();
        return onFx(() -> {
            for (Node n : list.lookupAll(".list-cell")) {
                ListCell<?> cell = (ListCell<?>) n;
                if (cell.getItem() instanceof ReaderBlock b && b.kind() == ReaderBlock.Kind.PARAGRAPH
                        && b.text().length() > 120 && cell.getGraphic() != null) {
                    MarkedTextFlow f = (MarkedTextFlow) cell.getGraphic().lookup(".marked-text-flow");
                    Bounds sb = f.localToScreen(f.getBoundsInLocal());
                    Bounds lb = list.localToScreen(list.getBoundsInLocal());
                    if (sb != null && sb.getMinY() > lb.getMinY() && sb.getMinY() + 40 < lb.getMaxY()) {
                        return f;
                    }
                }
            }
            throw new AssertionError("no long paragraph in view");
        });
    }

    private static int letterFrom(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The screen point just inside the leading edge of character {@code at} of the flow's text. */
    private static Point2D leadingEdge(MarkedTextFlow f, int at) {
        Bounds c = new javafx.scene.shape.Path(f.flow().getRangeShape(at, at + 1, false)).getBoundsInLocal();
        return f.flow().localToScreen(c.getMinX() + 1, c.getCenterY());
    }

    @Test
    void dragCtrlKTagsTheSelectionMarksItAndUndoRemovesIt(FxRobot robot) {
        ReportSummary report = workspace.corpus().reports().stream()
                .max(java.util.Comparator.comparingInt(ReportSummary::claims)).orElseThrow();
        // A claim in the inspector too: Ctrl+K must then still tag the selection, not the claim.
        var claim = workspace.corpus().claimsOf(report.id()).getFirst();
        // The claim goes to the inspector only, and the report opens at its top: no scrolling under the robot.
        onFx(() -> {
            vm.inspector().show(claim);
            vm.openReport(report.id(), null);
        });
        ReaderViewModel reader = vm.reader();
        waitUntil(30, () -> !reader.loadingProperty().get() && !reader.blocks().isEmpty()
                && vm.inspector().annotationsProperty().get() != null);
        waitUntil(10, () -> robot.lookup(".marked-text-flow").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);

        MarkedTextFlow flow = longParagraph(robot);
        ReaderBlock block = onFx(() -> (ReaderBlock) ((ListCell<?>) flow.getParent().getParent()).getItem());
        // Drag from the leading edge of one letter to the leading edge of a letter some 40 characters on (the
        // words may wrap onto the next line: the selection follows the text, not the line).
        int first = letterFrom(block.text(), 5);
        int last = letterFrom(block.text(), first + 40);
        Point2D from = onFx(() -> leadingEdge(flow, first));
        Point2D to = onFx(() -> leadingEdge(flow, last));
        robot.moveTo(from).press(MouseButton.PRIMARY)
                .moveTo(new Point2D((from.getX() + to.getX()) / 2, (from.getY() + to.getY()) / 2))
                .moveTo(to).release(MouseButton.PRIMARY);
        waitUntil(5, () -> reader.selectionProperty().get() != null);
        TextSelection sel = onFx(() -> reader.selectionProperty().get());
        assertEquals(report.id(), sel.reportId());
        // The drag began and ended inside words: the selection holds them whole.
        String t = block.text();
        int wordStart = first;
        while (wordStart > 0 && Character.isLetterOrDigit(t.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = last;
        if (Character.isLetterOrDigit(t.charAt(last - 1))) {
            while (wordEnd < t.length() && Character.isLetterOrDigit(t.charAt(wordEnd))) {
                wordEnd++;
            }
        }
        assertEquals(t.substring(wordStart, wordEnd).strip(), sel.quote());
        String text = workspace.corpus().reportText(report.id()).orElseThrow();
        assertEquals(text.substring(sel.start(), sel.end()), sel.quote());
        assertFalse(onFx(() -> flow.selectionShapeEmpty()), "the selection is drawn");
        saveScreenshotIfAsked("selected");

        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#" + SelectionDialogs.TAG_FIELD_ID).tryQuery().isPresent());
        assertFalse("tagField".equals(onFx(() -> {
            Node focus = window.scene().getFocusOwner();
            return focus == null ? null : focus.getId();
        })), "the window's Ctrl+K (tag the claim) did not fire as well");
        robot.clickOn("#" + SelectionDialogs.TAG_FIELD_ID);
        robot.write("Harbour of words").type(KeyCode.ENTER);

        waitUntil(20, () -> reader.marks().stream().anyMatch(m -> m.label().equals("Harbour of words")));
        List<Coding> codings = workspace.annotations().codingsByReport(report.id()).stream()
                .filter(c -> c.targetKind() == TargetKind.SELECTION).toList();
        assertEquals(1, codings.size());
        assertEquals(sel.start(), codings.getFirst().anchor().position().start());
        assertEquals(sel.end(), codings.getFirst().anchor().position().end());
        assertEquals("Harbour of words", codings.getFirst().tagPath());
        assertTrue(workspace.annotations().codings(claim.claim().id()).stream()
                .noneMatch(c -> c.targetKind() == TargetKind.CLAIM), "the inspector's claim was not tagged");
        waitUntil(10, () -> robot.lookup(".reader-mark").tryQuery().isPresent());
        Node mark = robot.lookup(".reader-mark").query();
        assertNotNull(mark);
        saveScreenshotIfAsked("tagged");

        // Ctrl+Z (focus on the reader list) undoes the coding; the reader drops the mark.
        waitUntil(10, () -> vm.canUndoProperty().get());
        ListView<ReaderBlock> readerList = robot.lookup("#" + ReaderView.LIST_ID).query();
        onFx(readerList::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(20, () -> reader.marks().isEmpty());
        waitUntil(10, () -> robot.lookup(".reader-mark").tryQuery().isEmpty());
        assertTrue(workspace.annotations().codingsByReport(report.id()).stream()
                .noneMatch(c -> c.targetKind() == TargetKind.SELECTION));

        // A plain click on a claim still selects it (and drops the text selection).
        onFx(() -> reader.selectRange(sel.start(), sel.end()));
        onFx(() -> reader.select(claim.claim().id())); // scrolls to it: the front matter has no claims
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        onFx(() -> reader.select(null));
        ListView<ReaderBlock> list = robot.lookup("#" + ReaderView.LIST_ID).query();
        record Target(String claimId, Point2D at) {
        }
        Target claimTarget = onFx(() -> {
            Bounds lb = list.localToScreen(list.getBoundsInLocal());
            for (Node n : list.lookupAll(".list-cell")) {
                ListCell<?> cell = (ListCell<?>) n;
                if (!(cell.getItem() instanceof ReaderBlock row) || row.kind() != ReaderBlock.Kind.PARAGRAPH
                        || cell.getGraphic() == null) {
                    continue;
                }
                MarkedTextFlow f = (MarkedTextFlow) cell.getGraphic().lookup(".marked-text-flow");
                int offset = 0;
                for (ReaderBlock.Segment seg : row.segments()) {
                    if (seg.claimId() != null && seg.text().length() > 3) {
                        Bounds c = new javafx.scene.shape.Path(f.flow().getRangeShape(offset + 1, offset + 2, false))
                                .getBoundsInLocal();
                        Point2D p = f.flow().localToScreen(c.getCenterX(), c.getCenterY());
                        if (p != null && p.getY() > lb.getMinY() + 5 && p.getY() < lb.getMaxY() - 5) {
                            return new Target(seg.claimId(), p);
                        }
                    }
                    offset += seg.text().length();
                }
            }
            return null;
        });
        assertNotNull(claimTarget, "a claim is in view");
        String clicked = claimTarget.claimId();
        Point2D at = claimTarget.at();
        robot.clickOn(at);
        waitUntil(10, () -> clicked.equals(reader.selectedClaimIdProperty().get()));
        assertEquals(null, onFx(() -> reader.selectionProperty().get()));
    }

    /** With -Dreader.screenshot=/some/prefix, writes the window as it is to prefix-step.png (to look at the marks). */
    private void saveScreenshotIfAsked(String step) {
        String prefix = System.getProperty("reader.screenshot");
        if (prefix == null) {
            return;
        }
        String to = prefix + "-" + step + ".png";
        onFx(() -> {
            var image = window.scene().snapshot(null);
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        new java.io.File(to));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
