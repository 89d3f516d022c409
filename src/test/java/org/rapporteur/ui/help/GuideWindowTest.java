package org.rapporteur.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Help ▸ User guide: the window shows the headings of both bundled documents in its contents, every picture they
 * show, a link from the README to docs/WORKBENCH.md jumps there, find (Ctrl+F) marks and steps through matches, Esc
 * closes. The expected headings are read from the bundled documents at test time.
 */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest {
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guide-test");
        t.setDaemon(true);
        return t;
    });
    private Stage owner;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterAll
    static void stop() {
        BACKGROUND.shutdownNow();
    }

    @Start
    void start(Stage stage) {
        owner = FxTestSupport.showAsOwner(stage);
    }

    private GuideWindow open() {
        GuideWindow w = onFx(() -> GuideWindow.show(owner, List.of(GuideWindow.class.getResource(Styles.STYLESHEET)
                .toExternalForm()), BACKGROUND, () -> { }));
        waitUntil(30, w::loaded);
        return w;
    }

    /** Where {@code node} stands in the viewport: its top, in pixels from the viewport's top. */
    private static double topInViewport(GuideWindow w, Node node) {
        return onFx(() -> {
            Bounds inScroll = w.scroll().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            return inScroll.getMinY();
        });
    }

    @Test
    void showsTheHeadingsAndPicturesOfBothDocuments(FxRobot robot) {
        GuideWindow w = open();
        List<String> expected = new java.util.ArrayList<>();
        BundledHeadings.openingAnd(BundledHeadings.headings(BundledHeadings.bundled(GuideSource.README)),
                GuideSource.README_SECTIONS).stream().filter(h -> h.level() <= 3).forEach(h -> expected.add(h.text()));
        BundledHeadings.without(BundledHeadings.headings(BundledHeadings.bundled(GuideSource.WORKBENCH)),
                GuideSource.WORKBENCH_LEFT_OUT).stream().filter(h -> h.level() <= 3).forEach(h -> expected.add(
                h.text()));
        assertEquals(expected, onFx(() -> w.contents().getItems().stream().map(GuideRenderer.HeadingEntry::text)
                .toList()));

        GuideRenderer.Rendered r = w.rendered();
        assertEquals(List.of(), r.missingImages(), "every picture of the guide is in the build");
        long pictures = GuideSource.load().stream().mapToLong(d -> GuideContent.imagePaths(d).size()).sum();
        assertTrue(pictures >= 10, "the screenshots of both documents: " + pictures);
        assertTrue(r.images().size() >= pictures, r.images().size() + " shown of " + pictures);
        waitUntil(10, () -> r.images().stream().allMatch(v -> v.getImage().getWidth() > 0
                && v.getBoundsInLocal().getWidth() > 0));
        // pictures are never wider than the text column, so the guide never scrolls sideways
        double column = onFx(() -> w.scroll().getViewportBounds().getWidth());
        assertTrue(onFx(() -> r.images().stream().allMatch(v -> v.getBoundsInLocal().getWidth() <= column)));

        robot.type(KeyCode.ESCAPE);
        waitUntil(10, () -> !w.stage().isShowing());
    }

    @Test
    void aRelativeLinkJumpsToTheOtherDocument() {
        GuideWindow w = open();
        // the README's link to docs/WORKBENCH.md, clicked as a person would
        Text link = onFx(() -> w.rendered().content().lookupAll("." + GuideRenderer.LINK).stream()
                .map(n -> (Text) n).filter(t -> t.getText().contains("WORKBENCH.md")).findFirst().orElseThrow());
        GuideRenderer.HeadingEntry target = onFx(() -> w.rendered().headings().stream()
                .filter(h -> h.document().equals(GuideSource.WORKBENCH)).findFirst().orElseThrow());
        assertTrue(topInViewport(w, target.node()) > 200, "the other document starts below the first screen");
        onFx(() -> Event.fireEvent(link, new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null)));
        double top = topInViewport(w, target.node());
        double viewport = onFx(() -> w.scroll().getViewportBounds().getHeight());
        assertTrue(top >= 0 && top < viewport / 4, "the heading stands at the top: " + top + " of " + viewport);
        assertEquals(target, onFx(() -> w.contents().getSelectionModel().getSelectedItem()));

        // a link to a file the guide does not hold is words, not a jump
        assertTrue(onFx(() -> w.rendered().content().lookupAll("." + GuideRenderer.OUTSIDE_LINK).stream()
                .allMatch(n -> n.getOnMouseClicked() == null)));
        onFx(() -> w.stage().close());
    }

    @Test
    void findMarksEveryMatchAndStepsThroughThem(FxRobot robot) {
        GuideWindow w = open();
        // a heading of WORKBENCH.md: it occurs at least there
        String phrase = BundledHeadings.without(BundledHeadings.headings(BundledHeadings.bundled(
                GuideSource.WORKBENCH)), GuideSource.WORKBENCH_LEFT_OUT).getLast().text();
        onFx(() -> w.stage().requestFocus());
        robot.targetWindow(w.stage()); // TestFX writes into its target window, else the owner
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(10, () -> w.find().isFocused());
        robot.write(phrase.substring(0, Math.min(phrase.length(), 12)));
        waitUntil(10, () -> !w.matches().isEmpty());
        int n = onFx(() -> w.matches().size());
        assertEquals("1 of " + n, onFx(w::findCount));
        assertTrue(onFx(() -> w.rendered().texts().stream().filter(GuideText::marked).count()) >= 1);
        robot.type(KeyCode.ENTER);
        waitUntil(10, () -> w.findCount().equals((n > 1 ? 2 : 1) + " of " + n));
        GuideFind.Match now = onFx(() -> w.matches().get(n > 1 ? 1 : 0));
        double top = topInViewport(w, w.rendered().texts().get(now.block()));
        double viewport = onFx(() -> w.scroll().getViewportBounds().getHeight());
        assertTrue(top >= 0 && top < viewport, "the current match is in view: " + top + " of " + viewport);

        robot.write("zzqqx");
        waitUntil(10, () -> w.findCount().equals("no match"));
        assertFalse(onFx(() -> w.rendered().texts().stream().anyMatch(GuideText::marked)));
        robot.type(KeyCode.ESCAPE); // clears the find
        waitUntil(10, () -> w.find().getText().isEmpty());
        assertTrue(onFx(() -> w.stage().isShowing()));
        robot.type(KeyCode.ESCAPE); // closes
        waitUntil(10, () -> !w.stage().isShowing());
    }
}
