package org.rapporteur.ui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View ▸ Problems: reasons wrap instead of ending in "…", "What to do" is filled, and Esc or Close closes it. */
@ExtendWith(ApplicationExtension.class)
class ProblemsWindowTest {
    private static final String LONG_REASON = "the PDF declares 412 pages but holds 398; those were read, and the "
            + "rest of the corpus was indexed as usual while this file waited for its turn";
    private final ObservableList<Problem> problems = FXCollections.observableArrayList(
            Problem.warning("/corpus/reports/2024/a-rather-long-file-name-of-a-seminar-report.pdf",
                    ProblemKind.INCOMPLETE, LONG_REASON, null),
            Problem.error("/corpus/empty.txt", ProblemKind.EMPTY, "empty file", null));
    private Stage owner;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Start
    void start(Stage stage) {
        owner = FxTestSupport.showAsOwner(stage);
    }

    private Stage open() {
        return onFx(() -> ProblemsView.show(owner, problems,
                List.of(ProblemsView.class.getResource(Styles.STYLESHEET).toExternalForm())));
    }

    @Test
    void reasonsWrapAndWhatToDoIsFilledForEveryRow(FxRobot robot) {
        Stage window = open();
        waitUntil(10, () -> !window.getScene().getRoot().lookupAll("." + ProblemsView.WRAPPED_TEXT).isEmpty());
        List<String> shown = onFx(() -> window.getScene().getRoot().lookupAll("." + ProblemsView.WRAPPED_TEXT)
                .stream().map(n -> ((Text) n).getText()).filter(t -> !t.isEmpty()).toList());
        assertTrue(shown.contains(LONG_REASON), "the whole reason is drawn: " + shown);
        assertTrue(shown.contains(ProblemKind.INCOMPLETE.action()), shown.toString());
        assertTrue(shown.contains(ProblemKind.EMPTY.action()), shown.toString());
        double[] reason = onFx(() -> window.getScene().getRoot().lookupAll("." + ProblemsView.WRAPPED_TEXT).stream()
                .map(n -> (Text) n).filter(t -> t.getText().equals(LONG_REASON))
                .map(t -> new double[] {t.getLayoutBounds().getHeight(), t.getFont().getSize()}).findFirst()
                .orElseThrow());
        assertTrue(reason[0] > 2 * reason[1], "the long reason takes more than one line: " + reason[0]);
        onFx(window::close);
    }

    @Test
    void escapeClosesTheWindow(FxRobot robot) {
        Stage window = open();
        robot.clickOn("#" + ProblemsView.ID);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(10, () -> !window.isShowing());
        assertFalse(onFx(window::isShowing));
    }

    @Test
    void theCloseButtonClosesTheWindow(FxRobot robot) {
        Stage window = open();
        robot.clickOn("#" + ProblemsView.CLOSE_ID);
        waitUntil(10, () -> !window.isShowing());
        assertEquals(false, onFx(window::isShowing));
    }
}
