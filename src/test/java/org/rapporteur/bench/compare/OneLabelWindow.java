package org.rapporteur.bench.compare;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Reference for the cold start: the smallest JavaFX application worth a window — one label — started with the
 * workbench's JVM flags (bin/bench-compare packs it in a jar of its own so the AOT cache applies, as bin/bench-ui does).
 * Its "usable" is its first shown frame: the second animation pulse after {@code show()}, by which the first frame
 * holding the label has been rendered. Prints {@code firstFrame.fromProcessStart.ms=} (from the OS process start) and
 * {@code firstFrame.fromJvmStart.ms=} (from the JVM's recorded start, the clock the workbench's own figure uses).
 */
public final class OneLabelWindow {
    private OneLabelWindow() {
    }

    /** Launched from a class that is not an {@code Application}: on the class path, Java refuses to start one. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: one label. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Rapporteur"), 1400, 860));
            stage.setTitle("One label");
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses < 2) {
                        return;
                    }
                    stop();
                    Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
                    System.out.println("firstFrame.fromProcessStart.ms=" + Duration.between(start, Instant.now())
                            .toMillis());
                    System.out.println("firstFrame.fromJvmStart.ms=" + (System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime()));
                    System.out.flush();
                    Platform.exit();
                }
            }.start();
        }
    }
}
