package org.rapporteur.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shared fixtures of the UI tests: the FX toolkit (headless Monocle, started once), a workspace indexed once from
 * the sample corpus (read at test time from {@link SharedData#corpus()}), and waiting for conditions on the FX thread.
 */
public final class FxTestSupport {
    private static Workspace sample;
    private static Path sampleDir;

    private FxTestSupport() {
    }

    /**
     * Starts the toolkit through TestFX (so TestFX tests in the same JVM can share it) with a headless screen
     * large enough for the workbench window.
     */
    public static void startToolkit() {
        System.setProperty("headless.geometry", "1600x1000-32");
        try {
            org.testfx.api.FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX toolkit did not start", e);
        }
        Platform.setImplicitExit(false);
    }

    /** A workspace over the sample corpus, indexed once per test JVM; shared, so tests must not change its data. */
    public static synchronized Workspace sampleWorkspace() {
        if (sample == null) {
            try {
                sampleDir = Files.createTempDirectory("rapporteur-ui-test-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            sample = Workspace.open(sampleDir);
            IndexSummary s = sample.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
            if (s.indexed() == 0) {
                throw new IllegalStateException("the sample corpus indexed nothing: " + s.line());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(FxTestSupport::deleteSample));
        }
        return sample;
    }

    /** A fresh workspace in {@code dir} indexed from the sample corpus (for tests that change data). */
    public static Workspace freshWorkspace(Path dir) {
        Workspace ws = Workspace.open(dir);
        ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
        return ws;
    }

    private static void deleteSample() {
        try {
            sample.close();
            try (Stream<Path> files = Files.walk(sampleDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | RuntimeException ignored) {
            // a temp folder left behind is harmless
        }
    }

    /** Runs {@code action} on the FX thread and returns its value. */
    public static <T> T onFx(Callable<T> action) {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out.set(action.call());
            } catch (Exception e) {
                error.set(e);
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the FX thread did not run the action in 20 s; it is at:"
                        + fxThreadStack());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (error.get() != null) {
            throw new IllegalStateException(error.get());
        }
        return out.get();
    }

    private static String fxThreadStack() {
        StringBuilder sb = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().startsWith("JavaFX Application")) {
                for (StackTraceElement e : stack) {
                    sb.append("\n\tat ").append(e);
                }
            }
        });
        return sb.toString();
    }

    /**
     * Makes {@code stage} (TestFX's primary stage, from {@code @Start}) the owner a secondary window is shown over, as
     * the workbench's main window is: the light theme, a small empty scene, shown. Returns the stage. FX thread.
     */
    public static Stage showAsOwner(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
        return stage;
    }

    public static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds (fails after {@code seconds}). */
    public static void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}
