package org.rapporteur.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.pipeline.WorkspaceLocator;
import org.rapporteur.ui.main.FirstFrame;
import org.rapporteur.ui.main.FxStallMonitor;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.main.ScreenshotTour;
import org.rapporteur.ui.main.StartClock;
import org.rapporteur.ui.main.StartWindow;
import org.rapporteur.ui.main.ThemeSwitcher;
import org.rapporteur.ui.main.UncaughtErrorHandler;
import org.rapporteur.ui.main.WorkspaceSwitch;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench application: shows a usable first frame at once (the search field, focused; {@link StartWindow})
 * while the workspace opens in the background (since the launcher started), builds the main window over it, then
 * indexes the corpus (incrementally) while the user can already search what the index holds. Installs the
 * uncaught-exception handler and the FX stall monitor. Cold start is measured from JVM start to the first usable
 * frame ("usable"), and to every pane in with the first search answer on screen ("complete").
 */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static volatile long launchNanos = System.nanoTime();
    private static volatile App current;
    private static final CountDownLatch USABLE = new CountDownLatch(1);
    private static final CountDownLatch COMPLETE = new CountDownLatch(1);
    private static volatile StartClock.Reading usableAt;
    private static volatile StartClock.Reading completeAt;
    private static volatile double[] stallBeforeUsable = {-1, -1};

    private final FxStallMonitor stallMonitor = new FxStallMonitor();
    private BackgroundTasks tasks;
    private Workspace workspace;
    private MainViewModel vm;
    private MainWindow window;
    private UncaughtErrorHandler errors;
    private WorkspaceOpening opening;
    private StartWindow startWindow;
    private volatile boolean stopped;

    /** The console, for the one line that says why the workbench stopped when there is no window to say it in. */
    private static volatile java.io.PrintStream console = org.rapporteur.applog.AppLog.sink();
    private static volatile int exitCode = StartFailure.OK;

    static void markLaunch(java.io.PrintStream launchConsole) {
        launchNanos = System.nanoTime();
        console = launchConsole;
    }

    /** The process's exit code when the application has stopped: 0, or a {@link StartFailure}'s. */
    static int exitCode() {
        return exitCode;
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
        Path dir = workspaceDir(args);
        Path screenshots = argument(args, "--screenshots").map(Path::of).orElse(null);
        opening = WorkspaceOpening.take(dir);

        // The first frame needs no workspace: the search field (focused, keeping what is typed) and a line saying
        // the workspace is opening. The workspace opens meanwhile (since the launcher started), and the main window
        // takes over this frame when it is open.
        startWindow = new StartWindow(dir, 1400, 860);
        FirstFrame.await(startWindow.scene(), startWindow::usable, this::usable);
        stage.setScene(startWindow.scene());
        stage.setTitle("Rapporteur");
        WindowIcon.apply(stage);
        stage.show();
        startWindow.field().requestFocus();

        tasks = new BackgroundTasks();
        whenOpened(stage, dir, screenshots);
    }

    /** Builds the main window over the workspace once {@link #opening} has it, or says why it cannot be opened. */
    private void whenOpened(Stage stage, Path dir, Path screenshots) {
        opening.workspace().whenComplete((ws, error) -> Platform.runLater(() -> {
            if (error != null) {
                cannotOpen(stage, dir, screenshots, unwrap(error));
            } else if (!stopped) { // else stop() closes it
                workspaceOpened(stage, ws, screenshots);
            }
        }));
    }

    /**
     * The workspace cannot be opened (read-only or full disk, newer version, open in another window, ...): the
     * reason in a dialog that offers another workspace (ADR 0028); the details in the log. Without a user to answer
     * (the screenshot run) the reason goes to the console and the workbench exits.
     */
    private void cannotOpen(Stage stage, Path dir, Path screenshots, Throwable error) {
        StartFailure failure = StartFailure.ofWorkspace("Opening the workspace " + dir, error, dir);
        LOG.warn("Opening the workspace {} failed: {}", dir, failure.message(), error);
        startWindow.failed(failure.message());
        if (screenshots != null || stopped) {
            console.println(failure.withLog(org.rapporteur.applog.AppLog.where()));
            exitCode = failure.exitCode();
            Platform.exit();
            return;
        }
        Optional<Path> other = StartFailureDialog.ask(stage, failure, dir);
        if (other.isEmpty()) {
            exitCode = failure.exitCode();
            Platform.exit();
            return;
        }
        opening = WorkspaceOpening.take(other.get());
        startWindow.opening(other.get());
        whenOpened(stage, other.get(), screenshots);
    }

    private void workspaceOpened(Stage stage, Workspace ws, Path screenshots) {
        workspace = ws;
        vm = new MainViewModel(ws, tasks);
        // Complete: every pane is in and the first search answer is on screen.
        boolean[] assembled = new boolean[1];
        boolean[] answered = new boolean[1];
        window = new MainWindow(vm, stage, startWindow, () -> {
            assembled[0] = true;
            if (answered[0]) {
                complete();
            }
        });
        vm.results().loadingProperty().addListener((o, was, now) -> {
            if (was && !now && !answered[0]) {
                answered[0] = true;
                if (assembled[0]) {
                    complete();
                }
            }
        });
        // File ▸ Open workspace… puts another workspace in this window; stop() closes whichever is open then
        new WorkspaceSwitch(stage, new WorkspaceSwitch.Session(ws, tasks, vm, window), s -> {
            workspace = s.workspace();
            tasks = s.tasks();
            vm = s.vm();
            window = s.window();
        });
        vm.start(startWindow.edited());
        // A file opened with Rapporteur from the file manager (the launcher turns it into --import FILE, ADR 0026)
        argument(getParameters().getRaw(), "--import").map(Path::of).ifPresent(file ->
                org.rapporteur.ui.export.ImportDialog.importFile(stage, ws, tasks, file));
        if (screenshots != null) {
            String team = org.rapporteur.ui.main.TeamScreenshotTour.teamUrl();
            Runnable teamTour = () -> new org.rapporteur.ui.main.TeamScreenshotTour(() -> vm, () -> window, stage,
                    screenshots, team, System.getProperty("rapporteur.screenshots.team.other"), Platform::exit)
                    .start();
            if (team != null && Boolean.getBoolean("rapporteur.screenshots.teamOnly")) {
                teamTour.run(); // bin/screenshots --team-only: the team states alone
            } else {
                new ScreenshotTour(vm, window, stage, screenshots, team == null ? Platform::exit : teamTour).start();
            }
        }
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** The first frame a user can type a query into: the search field focused, the results' place saying why empty. */
    private void usable(StartClock.Reading at) {
        usableAt = at;
        // Stalls before there is a window are part of the cold start; from here on, the user sees them.
        stallBeforeUsable = new double[] {stallMonitor.maxStallMillis(), stallMonitor.maxStallCpuMillis()};
        stallMonitor.reset();
        LOG.info("Usable window {} ms after JVM start (CPU {} ms; {} ms after launch)", at.wallMillis(),
                at.cpuMillis(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchNanos));
        USABLE.countDown();
    }

    private void complete() {
        if (COMPLETE.getCount() == 0) {
            return;
        }
        completeAt = StartClock.now();
        LOG.info("Workbench complete (every pane in, first results shown) {} ms after JVM start (CPU {} ms)",
                completeAt.wallMillis(), completeAt.cpuMillis());
        COMPLETE.countDown();
    }

    /** The workspace folder the arguments name ({@code --workspace DIR}), else the default one. */
    static Path workspaceDir(List<String> args) {
        return WorkspaceLocator.resolve(argument(args, "--workspace").map(Path::of).orElse(null));
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

    @Override
    public void stop() {
        stopped = true;
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
        } else if (opening != null) {
            opening.discard(); // still opening: closed when it is open
        }
        stallMonitor.close();
    }

    // ---- for benchmarks and the screenshot script -----------------------------------------------------------------

    /** The running application, or null before {@link #start}. */
    public static App current() {
        return current;
    }

    /** Waits until the window is usable (the search field focused and accepting typing); false on timeout. */
    public static boolean awaitUsable(long timeout, TimeUnit unit) throws InterruptedException {
        return USABLE.await(timeout, unit);
    }

    /** Waits until every pane is in and the first search answer is on screen; false on timeout. */
    public static boolean awaitComplete(long timeout, TimeUnit unit) throws InterruptedException {
        return COMPLETE.await(timeout, unit);
    }

    /** When the window became usable (JVM start to the first usable frame), or null before. */
    public static StartClock.Reading usableAt() {
        return usableAt;
    }

    /** When the window became complete (every pane in, the first results shown), or null before. */
    public static StartClock.Reading completeAt() {
        return completeAt;
    }

    /** The longest FX stall before the first usable frame: {wall ms, FX thread CPU ms}; the monitor restarts then. */
    public static double[] stallBeforeUsable() {
        return stallBeforeUsable.clone();
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
