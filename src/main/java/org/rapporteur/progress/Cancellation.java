package org.rapporteur.progress;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A cancellation token a job checks once per item. Thread-safe. */
public final class Cancellation {
    public static final Cancellation NEVER = new Cancellation();

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        if (this != NEVER) {
            cancelled.set(true);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancellationException} when cancelled; jobs call it between items. */
    public void check() {
        if (cancelled.get()) {
            throw new CancellationException("cancelled");
        }
    }
}
