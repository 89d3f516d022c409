package org.rapporteur.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.pipeline.WorkspaceLocator;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.main.FxStallMonitor;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.main.ScreenshotTour;
import org.rapporteur.ui.main.ThemeSwitcher;
import org.rapporteur.ui.main.UncaughtErrorHandler;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench application: shows a window at once, opens the workspace in the background, builds the main window,
 * then indexes the corpus (incrementally) while the user can already search what the index holds. Installs the
 * uncaught-exception handler and the FX stall monitor. Cold start is measured from JVM start to the first search
 * answer on screen ("usable").
 */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static volatile long launchNanos = System.nanoTime();
    private static volatile App current;
    private static final CountDownLatch USABLE = new CountDownLatch(1);
    private static volatile long coldStartMillis = -1;

    private final FxStallMonitor stallMonitor = new FxStallMonitor();
    private BackgroundTasks tasks;
    private Workspace workspace;
    private MainViewModel vm;
    private MainWindow window;
    private UncaughtErrorHandler errors;

    static void markLaunch() {
        launchNanos = System.nanoTime();
    }

    @Override
    public void start(Stage stage) {
        current = this;
        errors = UncaughtErrorHandler.install(m -> {
            if (window != null) {
                window.showError(m);
            } else {
                LOG.warn("Error before the main window was built: {}", m);
            }
        });
        stallMonitor.start();
        ThemeSwitcher.LIGHT.apply();
        List<String> args = getParameters().getRaw();
        Path dir = WorkspaceLocator.resolve(argument(args, "--workspace").map(Path::of).orElse(null));
        Path screenshots = argument(args, "--screenshots").map(Path::of).orElse(null);

        // Only a label: showing the first window is the longest stall of a start (~0.5 s: the first scene, its
        // styling, class loading), and a spinner's skin only adds to it; the workbench replaces this in a second.
        Label opening = new Label("Opening workspace " + dir + "…");
        VBox splash = new VBox(12, opening);
        splash.setAlignment(Pos.CENTER);
        stage.setScene(new Scene(splash, 1400, 860));
        stage.setTitle("Rapporteur");
        stage.show();

        tasks = new BackgroundTasks();
        tasks.run("Opening the workspace", () -> {
            Workspace opened = Workspace.open(dir);
            opened.prepareSearch(); // in the background, while the window is built: the first search is then quick
            return opened;
        }, ws -> {
            workspace = ws;
            vm = new MainViewModel(ws, tasks);
            // Usable: every pane is in and the first search answer is on screen.
            boolean[] assembled = new boolean[1];
            boolean[] answered = new boolean[1];
            window = new MainWindow(vm, stage, () -> {
                assembled[0] = true;
                if (answered[0]) {
                    usable();
                }
            });
            stage.setScene(window.scene());
            vm.results().loadingProperty().addListener((o, was, now) -> {
                if (was && !now && !answered[0]) {
                    answered[0] = true;
                    if (assembled[0]) {
                        usable();
                    }
                }
            });
            vm.start();
            if (screenshots != null) {
                new ScreenshotTour(vm, window, stage, screenshots, () -> Platform.exit()).start();
            }
        }, error -> showFatal(stage, UserMessages.describe("Opening the workspace " + dir, error)));
    }

    private void usable() {
        if (USABLE.getCount() == 0) {
            return;
        }
        long fromJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        coldStartMillis = fromJvm;
        LOG.info("Usable window {} ms after JVM start ({} ms after launch)", fromJvm,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchNanos));
        USABLE.countDown();
    }

    private static java.util.Optional<String> argument(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return java.util.Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(name + "=")) {
                return java.util.Optional.of(args.get(i).substring(name.length() + 1));
            }
        }
        return java.util.Optional.empty();
    }

    private static void showFatal(Stage stage, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText("Rapporteur cannot start");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.cancelIndexing();
        }
        if (tasks != null) {
            tasks.executor().shutdown();
            try {
                if (!tasks.executor().awaitTermination(10, TimeUnit.SECONDS)) {
                    tasks.shutdown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (workspace != null) {
            workspace.close();
        }
        stallMonitor.close();
    }

    // ---- for benchmarks and the screenshot script -----------------------------------------------------------------

    /** The running application, or null before {@link #start}. */
    public static App current() {
        return current;
    }

    /** Waits until the first search answer is on screen; false on timeout. */
    public static boolean awaitUsable(long timeout, TimeUnit unit) throws InterruptedException {
        return USABLE.await(timeout, unit);
    }

    /** Milliseconds from JVM start to a usable window, or -1 before that. */
    public static long coldStartMillis() {
        return coldStartMillis;
    }

    public FxStallMonitor stallMonitor() {
        return stallMonitor;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public MainWindow window() {
        return window;
    }
}
