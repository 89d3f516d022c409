package org.rapporteur.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.search.SearchBarView;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The first frame: usable before any workspace exists (search field focused, the results' place saying the workspace
 * is opening), and what the user typed into it survives the main window taking over and is what gets searched.
 */
class StartWindowTest {
    private BackgroundTasks tasks;
    private Stage stage;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (stage != null) {
            onFx(stage::hide);
        }
    }

    @Test
    void firstFrameIsUsableWithoutAWorkspace() {
        AtomicReference<StartClock.Reading> shown = new AtomicReference<>();
        StartWindow start = onFx(() -> {
            StartWindow w = new StartWindow(Path.of("/nowhere/ws"), 900, 600);
            FirstFrame.await(w.scene(), w::usable, shown::set);
            stage = new Stage();
            stage.setScene(w.scene());
            stage.show();
            w.field().requestFocus();
            return w;
        });
        waitUntil(10, () -> shown.get() != null);
        assertTrue(shown.get().wallMillis() > 0 && shown.get().cpuMillis() >= 0, shown.get().toString());
        assertSame(start.field(), onFx(() -> start.scene().getFocusOwner()), "typing goes into the search field");
        Label loading = (Label) onFx(() -> start.scene().lookup("#" + StartWindow.LOADING_ID));
        assertTrue(onFx(() -> loading.getText()).contains("Opening workspace /nowhere/ws"), onFx(() -> loading.getText()));
    }

    @Test
    void firstFrameWaitsForItsCondition() {
        AtomicBoolean ready = new AtomicBoolean();
        AtomicReference<StartClock.Reading> shown = new AtomicReference<>();
        onFx(() -> {
            StartWindow w = new StartWindow(Path.of("ws"), 900, 600);
            FirstFrame.await(w.scene(), ready::get, shown::set);
            stage = new Stage();
            stage.setScene(w.scene());
            stage.show();
            return w;
        });
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onFx(() -> stage.getScene().getRoot().requestLayout());
        onFx(() -> { });
        assertEquals(null, shown.get(), "not shown while the condition is false");
        ready.set(true);
        onFx(() -> stage.getScene().getRoot().requestLayout());
        waitUntil(10, () -> shown.get() != null);
    }

    @Test
    void whatWasTypedBeforeTheWorkspaceOpenedIsKeptAndSearched() {
        StartWindow start = onFx(() -> {
            StartWindow w = new StartWindow(Path.of("ws"), 1280, 800);
            stage = new Stage();
            stage.setScene(w.scene());
            stage.show();
            w.field().requestFocus();
            w.field().replaceText(0, 0, "Afghanistan");
            w.field().positionCaret(3);
            return w;
        });
        assertTrue(onFx(() -> start.edited()));
        tasks = new BackgroundTasks();
        AtomicBoolean assembled = new AtomicBoolean();
        String before = FxTestSupport.sampleWorkspace().settings().preferences().get(UiPreferences.LAST_QUERY);
        MainViewModel vm = onFx(() -> {
            MainViewModel m = new MainViewModel(FxTestSupport.sampleWorkspace(), tasks, 50);
            MainWindow w = new MainWindow(m, stage, start, () -> assembled.set(true));
            assertSame(start.scene(), w.scene(), "the main window takes over the first frame's scene");
            m.show(true);
            return m;
        });
        TextField field = (TextField) onFx(() -> stage.getScene().lookup("#" + SearchBarView.FIELD_ID));
        assertSame(start.field(), field, "the same field, so the caret and the undo history stay");
        assertEquals("Afghanistan", onFx(() -> field.getText()));
        assertEquals(3, (int) onFx(() -> field.getCaretPosition()));
        assertSame(field, onFx(() -> stage.getScene().getFocusOwner()), "typing still goes into the search field");
        waitUntil(15, () -> assembled.get() && !vm.results().loadingProperty().get()
                && vm.currentRequest().get() != null);
        assertEquals("Afghanistan", onFx(() -> vm.currentRequest().get().query()));
        assertTrue(onFx(() -> vm.results().totalProperty().get()) > 0, "the samples mention Afghanistan");
        assertNotNull(onFx(() -> stage.getScene().lookup("#" + org.rapporteur.ui.search.ResultsView.LIST_ID)));
        // Remembered as the last query, like any query typed into the window; then put back for the other tests.
        waitUntil(10, () -> "Afghanistan".equals(vm.preferences().get(UiPreferences.LAST_QUERY, "")));
        vm.preferences().putAllNow(java.util.Map.of(UiPreferences.LAST_QUERY, before == null ? "" : before));
    }
}
