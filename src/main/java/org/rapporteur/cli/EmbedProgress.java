package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.rapporteur.progress.ProgressListener;

/**
 * The embedding run's own self-overwriting line on stderr ("Embedding claims: 12,000 of 868,000"), at most five
 * updates a second; the run's messages already say what and how far, so they are printed as they are.
 */
final class EmbedProgress implements ProgressListener {
    private final PrintWriter err;
    private long last;
    private boolean open;

    EmbedProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && now - last < 200_000_000L) {
            return;
        }
        last = now;
        String line = message == null ? "" : message;
        err.print("\r" + (line.length() > 78 ? line.substring(0, 78) : String.format(Locale.ROOT, "%-78s", line)));
        open = true;
        if (finished) {
            err.println();
            open = false;
        }
        err.flush();
    }

    /**
     * Clears an open line (a run with nothing to embed, a cancelled or failed one): the line printed next says how
     * it ended, on a line of its own.
     */
    synchronized void end() {
        if (open) {
            err.print("\r" + " ".repeat(78) + "\r");
            err.flush();
            open = false;
        }
    }
}
