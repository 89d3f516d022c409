package org.rapporteur.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.applog.AppLog;
import org.rapporteur.pipeline.AboutFacts;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.common.Styles;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help ▸ About: the real library versions, the workspace and the log file, and Copy all for a bug report. */
@ExtendWith(ApplicationExtension.class)
class AboutWindowTest {
    private static final Executor BACKGROUND = r -> {
        Thread t = new Thread(r, "about-test");
        t.setDaemon(true);
        t.start();
    };
    private Stage owner;

    @TempDir
    Path workspace;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Start
    void start(Stage stage) {
        owner = FxTestSupport.showAsOwner(stage);
    }

    @Test
    void showsTheLibrariesTheWorkspaceAndTheLogAndCopiesThemAll() {
        AboutWindow w = onFx(() -> AboutWindow.show(owner, workspace, List.of(AboutWindow.class.getResource(
                Styles.STYLESHEET).toExternalForm()), BACKGROUND));
        waitUntil(30, w::loaded);
        assertEquals(org.apache.lucene.util.Version.LATEST.toString(), onFx(() -> w.shown(AboutFacts.LUCENE)));
        assertEquals(workspace.toAbsolutePath().toString(), onFx(() -> w.shown(AboutFacts.WORKSPACE)));
        String log = AppLog.where();
        String shownLog = onFx(() -> w.shown(AboutFacts.LOG));
        assertTrue(Path.of(log).isAbsolute() ? shownLog.equals(log) : shownLog.startsWith("none"), shownLog);
        assertEquals(System.getProperty("java.home"), onFx(() -> w.shown(AboutFacts.JAVA_HOME)));
        assertTrue(onFx(() -> w.shown(AboutFacts.JAVAFX)).startsWith(System.getProperty("javafx.runtime.version",
                "25")));

        onFx(() -> ((Button) w.stage().getScene().lookup("#" + AboutWindow.COPY_ALL_ID)).fire());
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(copied.contains(workspace.toAbsolutePath().toString()), copied);
        assertTrue(copied.lines().anyMatch(l -> l.startsWith("Lucene:") && l.endsWith(
                org.apache.lucene.util.Version.LATEST.toString())), copied);
        assertTrue(copied.lines().findFirst().orElseThrow().contains(org.rapporteur.pipeline.BuildInfo.current()
                .nameAndVersion()), copied);
        onFx(() -> w.stage().close());
    }
}
