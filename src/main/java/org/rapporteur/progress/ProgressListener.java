package org.rapporteur.progress;

/**
 * Receives progress of a long job. Called from the worker thread; implementations hand off to their own thread
 * (the UI) or print (the CLI). Must be cheap: it is called once per item.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
        }
    };

    /** {@code done} of {@code total} items (total -1 when unknown); {@code message} names the current item. */
    void progress(long done, long total, String message);
}
