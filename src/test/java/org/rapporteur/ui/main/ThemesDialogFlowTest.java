package org.rapporteur.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Theme;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.TestWorkbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Analysis ▸ Themes…, driven like a user: open it, click "Add example…" on the first theme, type a sentence, Add
 * example — the theme's examples in the workspace grow by it, the list's count follows and the dialog says that
 * re-theming applies it.
 */
@ExtendWith(ApplicationExtension.class)
class ThemesDialogFlowTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private TestWorkbench bench;

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
        bench = TestWorkbench.show(stage, workspace, null);
    }

    private static Theme first() {
        return workspace.themes().themes().getFirst();
    }

    @Test
    void anExampleTypedInTheDialogIsAddedToItsTheme(FxRobot robot) throws InterruptedException {
        Theme theme = first();
        int before = theme.examples().size();
        onFx(bench.window()::showThemes);
        waitUntil(10, () -> robot.lookup("." + ThemesDialog.ADD_EXAMPLE_LINK_CLASS).tryQuery().isPresent());
        robot.clickOn(robot.lookup("." + ThemesDialog.ADD_EXAMPLE_LINK_CLASS).nth(0).queryAs(Hyperlink.class));
        ComboBox<?> chosen = robot.lookup("#" + ThemesDialog.EXAMPLE_THEME_ID).queryAs(ComboBox.class);
        assertEquals(theme.path(), onFx(() -> chosen.getValue()));
        TextArea field = robot.lookup("#" + ThemesDialog.EXAMPLE_FIELD_ID).queryAs(TextArea.class);
        waitUntil(5, field::isFocused);
        String sentence = "Gunmen attacked a police post near the border";
        robot.write(sentence);
        robot.clickOn("#" + ThemesDialog.ADD_EXAMPLE_ID);

        Label message = robot.lookup("#" + ThemesDialog.MESSAGE_ID).queryAs(Label.class);
        waitUntil(10, () -> message.getText() != null && message.getText().startsWith("Example added"));
        assertEquals("Example added to " + ThemesViewModel.display(theme.path())
                + "; Analysis ▸ Re-theme claims applies it.", onFx(message::getText));
        assertTrue(first().examples().contains(sentence));
        assertEquals(before + 1, first().examples().size());
        assertEquals("", onFx(() -> field.getText()));
        String count = String.format(java.util.Locale.ROOT, "%d examples", before + 1);
        waitUntil(5, () -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> count.equals(l.getText()) || (l.getText() != null && l.getText().startsWith(count
                        + " ·"))));
        assertTrue(robot.lookup("#" + ThemesDialog.RETHEME_ID).query().isVisible(), "Re-theme now is offered");
        bench.closeWhenSettled();
    }
}
