package org.rapporteur.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;

import org.rapporteur.model.RapporteurException;

/**
 * Turns any throwable into one sentence a user can read: our own exceptions carry a user message; everything else
 * becomes a generic sentence naming what was being done. Never a class name or stack trace.
 */
public final class UserMessages {
    private UserMessages() {
    }

    public static String describe(String doing, Throwable error) {
        return describe(doing, error, null);
    }

    /**
     * As {@link #describe(String, Throwable)}, for work done on {@code workspace} alone (indexing, opening it): a file
     * error there without a file name, such as Lucene's "No space left on device", is then the workspace's disk.
     */
    public static String describe(String doing, Throwable error, java.nio.file.Path workspace) {
        // a full or read-only disk, a newer or busy workspace: said plainly, with what to do (ADR 0028)
        java.util.Optional<org.rapporteur.pipeline.WorkspaceUnusableException> unusable =
                org.rapporteur.pipeline.StorageErrors.explain(workspace, error);
        if (unusable.isPresent()) {
            return unusable.get().getMessage();
        }
        Throwable t = error;
        while (t != null) {
            if (t instanceof RapporteurException r && r.getMessage() != null) {
                return r.getMessage();
            }
            if (t instanceof CancellationException) {
                return doing + " was cancelled.";
            }
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return doing + " failed: a file could not be read or written"
                        + (t.getMessage() != null ? " (" + t.getMessage() + ")" : "") + ".";
            }
            if (t instanceof OutOfMemoryError) {
                return doing + " ran out of memory. Close other programs or start Rapporteur with more memory.";
            }
            t = t.getCause();
        }
        return doing + " failed unexpectedly. The details are in the log.";
    }
}
