package org.rapporteur.bench;

import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.rapporteur.ui.main.FirstFrame;
import org.rapporteur.ui.main.StartClock;

/**
 * Benchmark reference, not a test: the cold start of a JavaFX window holding one label (JavaFX's default theme, no
 * workspace, nothing else), timed like the workbench's usable window ({@link FirstFrame}: JVM start to the first
 * frame showing it). {@code bin/bench-ui --one-label} starts it with the workbench's JVM flags, class path and AOT
 * cache handling, so the ratio of the two cold starts measures what Rapporteur adds to JavaFX's own start.
 *
 * <p>Prints one line for people and, last, one {@code RESULT key=value ...} line for the benchmark harness:
 * {@code one_label_ms} (wall), {@code one_label_cpu_ms} (CPU time of the whole process until then) and
 * {@code one_label_fx_cpu_ms} (of the FX thread).
 */
public final class OneLabelWindow {
    private OneLabelWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; public for the JavaFX launcher. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Rapporteur")), 1400, 860);
            FirstFrame.await(scene, () -> true, shown -> {
                System.out.printf(Locale.ROOT, "one-label window shown: %,d ms after JVM start (CPU %,d ms, FX "
                        + "thread CPU %,d ms)%n", shown.wallMillis(), shown.cpuMillis(), shown.fxCpuMillis());
                System.out.printf(Locale.ROOT, "RESULT one_label_ms=%d one_label_cpu_ms=%d one_label_fx_cpu_ms=%d%n",
                        shown.wallMillis(), shown.cpuMillis(), shown.fxCpuMillis());
                System.out.flush();
                // Exit normally, so a first run writes its AOT cache as the workbench's first run does.
                Platform.exit();
            });
            stage.setTitle("Rapporteur");
            stage.setScene(scene);
            stage.show();
        }
    }
}
