package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window at 1280×800 (and at 1024×700) with both side panes open, as a newcomer sees it: every tab of the
 * work area (results, reader, matrix, charts, network, review) is shown with its data, and no label, button or check
 * box of its toolbars, legends or axes — nor of the search bar, the side panes' headers or the status bar — is cut
 * or pushed out of sight. {@code -Dlayout.screenshot=PREFIX} also writes a PNG of each tab.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFitsTest {
    private BackgroundTasks tasks;
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
        FxTestSupport.sampleWorkspace(); // indexed here, not inside @Start's time limit
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWorkbench workbench = TestWorkbench.show(stage, FxTestSupport.sampleWorkspace(), "");
        tasks = workbench.tasks();
        vm = workbench.vm();
        window = workbench.window();
        window.showSidePanes(true, true);
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void nothingIsCutAt1280x800WithBothSidePanesOpen() {
        List<String> cuts = cutsInEveryTab(1280, 800);
        assertTrue(cuts.isEmpty(), "cut at 1280×800:\n" + String.join("\n", cuts));
    }

    @Test
    void nothingIsCutAt1024x700WithBothSidePanesOpen() {
        List<String> cuts = cutsInEveryTab(1024, 700);
        assertTrue(cuts.isEmpty(), "cut at 1024×700:\n" + String.join("\n", cuts));
    }

    private List<String> cutsInEveryTab(int width, int height) {
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            // closed and opened again: the panes take their default share of this width, as in a window opened at it
            window.showSidePanes(false, false);
            window.showSidePanes(true, true);
        });
        waitUntil(30, () -> window.resultsView() != null && !vm.results().loadingProperty().get()
                && !vm.results().hits().isEmpty());
        // the reader shows a report: the first result's
        onFx(() -> vm.openClaim(vm.results().hits().getFirst().record()));
        waitUntil(30, () -> !vm.reader().loadingProperty().get() && !vm.reader().blocks().isEmpty());
        List<String> cuts = new ArrayList<>();
        List<Tab> tabs = onFx(() -> List.copyOf(window.workArea().getTabs()));
        for (Tab tab : tabs) {
            onFx(() -> window.workArea().getSelectionModel().select(tab));
            waitUntil(60, () -> tab.getContent() != null && shows(tab));
            settle();
            String name = onFx(tab::getText) + " tab";
            screenshotIfAsked(name + "-" + width);
            cuts.addAll(onFx(() -> CutLabels.under(window.root()).stream().map(c -> name + ": " + c).toList()));
        }
        return cuts.stream().distinct().toList();
    }

    /** The tab's content has what it waits for: its data, and no progress bar running. */
    private boolean shows(Tab tab) {
        Node content = tab.getContent();
        boolean idle = content.lookupAll(".progress-bar").stream()
                .noneMatch(n -> n instanceof ProgressBar && n.isVisible() && n.getParent().isVisible());
        BooleanSupplier data = switch (tab.getText()) {
            case "Matrix" -> () -> !content.lookupAll(".heat-cell").isEmpty();
            case "Charts" -> () -> !content.lookupAll(".chart-bar").isEmpty();
            case "Network" -> () -> !content.lookupAll(".network-node").isEmpty();
            case "Review" -> () -> !vm.review().loadingProperty().get();
            default -> () -> true;
        };
        return idle && data.getAsBoolean();
    }

    /** Two pulses: CSS and layout of what the last answer brought. */
    private static void settle() {
        for (int i = 0; i < 3; i++) {
            onFx(() -> { });
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        onFx(() -> {
            javafx.stage.Window.getWindows().forEach(w -> {
                if (w.getScene() != null) {
                    w.getScene().getRoot().applyCss();
                    w.getScene().getRoot().layout();
                }
            });
        });
    }

    private void screenshotIfAsked(String name) {
        String prefix = System.getProperty("layout.screenshot");
        if (prefix != null) {
            onFx(() -> {
                var image = window.scene().snapshot(null);
                try {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                            new java.io.File(prefix + "-" + name.replace(' ', '-').toLowerCase(Locale.ROOT) + ".png"));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
