package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.rapporteur.progress.ProgressListener;

/** A self-overwriting progress line on stderr, at most five updates a second, closed by a newline when done. */
final class LineProgress implements ProgressListener {
    private final PrintWriter err;
    private final String verb;
    private long last;
    private boolean open;

    LineProgress(PrintWriter err, String verb) {
        this.err = err;
        this.verb = verb;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        long now = System.nanoTime();
        boolean finished = total >= 0 && done >= total;
        if (!finished && now - last < 200_000_000L) {
            return;
        }
        last = now;
        String count = total > 0 ? done + "/" + total + " " : "";
        String line = verb + " " + count + (message == null ? "" : message);
        err.print("\r" + (line.length() > 78 ? line.substring(0, 78) : String.format(Locale.ROOT, "%-78s", line)));
        open = true;
        if (finished) {
            err.println();
            open = false;
        }
        err.flush();
    }

    /** Ends an open line, so that what follows starts on its own. */
    synchronized void end() {
        if (open) {
            err.println();
            err.flush();
            open = false;
        }
    }
}
