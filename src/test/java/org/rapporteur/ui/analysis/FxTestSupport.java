package org.rapporteur.ui.analysis;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/** Runs view-model code on the FX thread (no window) and waits for background results. */
final class FxTestSupport {
    private FxTestSupport() {
    }

    static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started it
        }
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    static void onFx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds. */
    static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
    }
}
