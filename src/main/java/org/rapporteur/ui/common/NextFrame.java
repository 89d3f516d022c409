package org.rapporteur.ui.common;

import javafx.animation.AnimationTimer;

/**
 * Runs an update one frame later, coalesced: when one event changes several panes (a search answer fills the results
 * and the facets), each pane can take its own frame instead of all of them holding the FX thread in one pulse.
 * Several requests before the update runs make one update. Use on the FX thread.
 */
public final class NextFrame {
    private final Runnable update;
    private boolean pending;
    private final AnimationTimer timer = new AnimationTimer() {
        private int frames;

        @Override
        public void start() {
            frames = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            // The first frame is the one that lays out whatever changed with the request; ours is the one after.
            if (++frames < 2) {
                return;
            }
            stop();
            pending = false;
            update.run();
        }
    };

    public NextFrame(Runnable update) {
        this.update = update;
    }

    public void request() {
        if (!pending) {
            pending = true;
            timer.start();
        }
    }
}
