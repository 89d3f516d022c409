package org.rapporteur.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench's main window as the app shows it (light theme, at the screen's corner), over a workspace, for the
 * tests that drive it like a user. Build it on the FX thread, in TestFX's {@code @Start}.
 */
public record TestWorkbench(MainViewModel vm, BackgroundTasks tasks, MainWindow window) {
    /** The window at 1280 × 800 over {@code workspace}, showing the results of {@code query} (null: no search). */
    public static TestWorkbench show(Stage stage, Workspace workspace, String query) {
        BackgroundTasks tasks = new BackgroundTasks();
        return show(stage, new MainViewModel(workspace, tasks, 50), tasks, 1280, 800, query);
    }

    /** The window of {@code vm} (whose background work runs on {@code tasks}) at {@code width} × {@code height}. */
    public static TestWorkbench show(Stage stage, MainViewModel vm, BackgroundTasks tasks, int width, int height,
                                     String query) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(vm, stage);
        stage.setScene(window.scene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        if (query != null) {
            vm.search().setQuietly(query);
        }
        vm.show();
        return new TestWorkbench(vm, tasks, window);
    }

    /**
     * After a test that left work in flight: closes the view model, lets the inspector's debounce (120 ms) and queued
     * answers run, then stops the background tasks. Not on the FX thread.
     */
    public void closeWhenSettled() throws InterruptedException {
        FxTestSupport.onFx(vm::close);
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        tasks.shutdown();
    }
}
