package org.rapporteur.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The workbench's status bar names where a change it did not make came from and what it was: the command line (a
 * workspace opened as the CLI opens it) or another Rapporteur window — no longer "another window" for everything.
 */
class ChangeAnnouncementTest {
    @Test
    void aChangeMadeElsewhereIsAnnouncedWithItsOriginAndWhatItDid(@TempDir Path dir) {
        FxTestSupport.startToolkit();
        BackgroundTasks tasks = new BackgroundTasks();
        try (Workspace window = Workspace.open(dir, ChangeOrigin.WORKBENCH)) {
            MainViewModel vm = onFx(() -> new MainViewModel(window, tasks));
            window.annotations().watchOtherProcesses(); // as show() does

            try (Workspace cli = Workspace.open(dir, ChangeOrigin.COMMAND_LINE)) {
                cli.annotations().execute(new Change.CreateTag("Invented from a terminal"));
            }
            waitUntil(20, () -> vm.userMessageProperty().get() != null);
            assertEquals("The command line changed the annotations: new tag \u2018Invented from a terminal\u2019",
                    onFx(() -> vm.userMessageProperty().get()));

            try (Workspace other = Workspace.open(dir, ChangeOrigin.WORKBENCH)) {
                other.annotations().undo();
            }
            waitUntil(20, () -> vm.userMessageProperty().get().startsWith("Another"));
            assertEquals("Another Rapporteur window undid new tag \u2018Invented from a terminal\u2019",
                    onFx(() -> vm.userMessageProperty().get()));
        } finally {
            tasks.shutdown();
        }
    }
}
