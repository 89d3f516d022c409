package org.rapporteur.ui.main;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scripted sequence of UI actions on the FX thread, each step waiting for a condition (e.g. "the search has
 * answered") before the next runs, polled every 50 ms without blocking the FX thread. Used by the screenshot tour
 * and the stall benchmark. A step whose condition does not hold within its timeout is logged and the script goes on.
 */
public final class FxScript {
    private static final Logger LOG = LoggerFactory.getLogger(FxScript.class);

    private record Step(String name, Runnable action, BooleanSupplier until, long timeoutMillis) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private final Runnable onDone;

    public FxScript(Runnable onDone) {
        this.onDone = onDone;
    }

    /** Runs {@code action}, then waits until {@code until} holds (at most {@code timeoutMillis}). */
    public FxScript then(String name, Runnable action, BooleanSupplier until, long timeoutMillis) {
        steps.add(new Step(name, action, until, timeoutMillis));
        return this;
    }

    /** Waits a fixed time (lets a layout pass or an animation settle). */
    public FxScript pause(long millis) {
        long[] end = new long[1];
        return then("pause", () -> end[0] = System.currentTimeMillis() + millis,
                () -> System.currentTimeMillis() >= end[0], millis + 1000);
    }

    public void start() {
        next();
    }

    private void next() {
        Step s = steps.poll();
        if (s == null) {
            onDone.run();
            return;
        }
        try {
            s.action().run();
        } catch (RuntimeException e) {
            LOG.warn("Script step '{}' failed", s.name(), e);
        }
        long deadline = System.currentTimeMillis() + s.timeoutMillis();
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(50), e -> {
            boolean ok;
            try {
                ok = s.until().getAsBoolean();
            } catch (RuntimeException ex) {
                ok = false;
            }
            if (ok || System.currentTimeMillis() > deadline) {
                if (!ok) {
                    LOG.warn("Script step '{}' timed out", s.name());
                }
                poll.stop();
                next();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }
}
