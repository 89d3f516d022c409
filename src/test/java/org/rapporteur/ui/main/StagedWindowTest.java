package org.rapporteur.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.facets.FacetsView;
import org.rapporteur.ui.inspector.InspectorView;
import org.rapporteur.ui.library.LibraryView;
import org.rapporteur.ui.reader.ReaderView;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The main window as the application builds it: the frame at once, the panes one per frame afterwards, the callback
 * when the last one is in; the analysis tabs build their views only when first shown.
 */
class StagedWindowTest {
    private static Workspace workspace;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.sampleWorkspace();
    }

    @Test
    void panesArriveOnePerFrameAndAnalysisViewsOnFirstShow() {
        BackgroundTasks tasks = new BackgroundTasks();
        AtomicBoolean assembled = new AtomicBoolean();
        AtomicBoolean builtWithFrame = new AtomicBoolean(true);
        MainWindow window = onFx(() -> {
            MainViewModel vm = new MainViewModel(workspace, tasks, 50);
            Stage stage = new Stage();
            MainWindow w = new MainWindow(vm, stage, () -> assembled.set(true));
            stage.setScene(w.scene());
            stage.show();
            builtWithFrame.set(w.resultsView() != null);
            return w;
        });
        assertTrue(!builtWithFrame.get(), "no pane is built in the same event as the frame");
        waitUntil(10, assembled::get);
        assertNotNull(onFx(window::resultsView));
        for (Class<?> pane : new Class<?>[] {FacetsView.class, LibraryView.class, InspectorView.class,
                ReaderView.class}) {
            assertTrue(onFx(() -> contains(window.root(), pane)), pane.getSimpleName() + " is in the window");
        }

        Tab matrix = onFx(() -> window.workArea().getTabs().stream()
                .filter(t -> "analysis-matrix".equals(t.getId())).findFirst().orElseThrow());
        assertNull(onFx(matrix::getContent), "the matrix is not built before it is shown");
        onFx(() -> window.workArea().getSelectionModel().select(matrix));
        assertNotNull(onFx(matrix::getContent));
        assertEquals(matrix, onFx(() -> window.workArea().getSelectionModel().getSelectedItem()));
        Tab review = onFx(() -> window.workArea().getTabs().stream()
                .filter(t -> MainWindow.REVIEW_TAB_ID.equals(t.getId())).findFirst().orElseThrow());
        assertNull(onFx(review::getContent), "the review is not built before it is shown");
        onFx(window::showReview);
        assertNotNull(onFx(review::getContent));
        onFx(() -> ((Stage) window.scene().getWindow()).close());
        tasks.shutdown();
    }

    private static boolean contains(javafx.scene.Node n, Class<?> type) {
        if (type.isInstance(n)) {
            return true;
        }
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                if (contains(c, type)) {
                    return true;
                }
            }
        }
        return false;
    }
}
