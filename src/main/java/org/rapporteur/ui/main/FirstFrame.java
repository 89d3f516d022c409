package org.rapporteur.ui.main;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.scene.Scene;

/**
 * Notices the first pulse in which a scene's window is showing and a condition holds, after that pulse's CSS and
 * layout: the frame it hands to the renderer is the first one showing what the condition describes. The workbench and
 * its one-label reference window both time their first usable frame with it, so the two figures mean the same thing.
 * Use on the FX thread.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Calls {@code shown} once, with the clocks read in that pulse, then stops listening. */
    public static void await(Scene scene, BooleanSupplier ready, Consumer<StartClock.Reading> shown) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() != null && scene.getWindow().isShowing() && ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                shown.accept(StartClock.now());
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
