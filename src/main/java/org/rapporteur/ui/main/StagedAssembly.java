package org.rapporteur.ui.main;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.animation.AnimationTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a window in steps, one step per frame: each step's nodes are created, styled and laid out in their own pulse,
 * so a window with many panes never holds the FX thread for the sum of them. Use on the FX thread.
 */
final class StagedAssembly {
    private static final Logger LOG = LoggerFactory.getLogger(StagedAssembly.class);

    private record Step(String name, Runnable build) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();

    StagedAssembly add(String name, Runnable build) {
        steps.add(new Step(name, build));
        return this;
    }

    /** Runs every step now, in order (tests, and windows that must be complete at once). */
    void runNow() {
        while (!steps.isEmpty()) {
            run(steps.poll());
        }
    }

    /** Runs one step per frame, then {@code done}. */
    void runOnePerFrame(Runnable done) {
        new AnimationTimer() {
            private boolean first = true;

            @Override
            public void handle(long now) {
                if (first) {
                    first = false; // this frame styles and lays out what the caller built before starting us
                    return;
                }
                Step next = steps.poll();
                if (next == null) {
                    stop();
                    done.run();
                } else {
                    run(next);
                }
            }
        }.start();
    }

    private static void run(Step step) {
        long t0 = System.nanoTime();
        step.build().run();
        LOG.debug("Built {} in {} ms", step.name(), (System.nanoTime() - t0) / 1_000_000);
    }
}
