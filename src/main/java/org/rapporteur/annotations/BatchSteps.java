package org.rapporteur.annotations;

/**
 * The steps of a batch of changes, run inside the batch's one transaction by
 * {@link AnnotationStore#executeAll(String, BatchSteps)}. A step may use the ids earlier steps created (a coding with
 * a tag the same import adds), which is why a batch is built step by step rather than handed over as a list.
 * Throwing from {@link #run} (a refused change, a cancellation) rolls every step back.
 */
@FunctionalInterface
public interface BatchSteps {
    void run(Sink sink);

    /** Applies one change of the batch and returns the id of what it created or changed. */
    @FunctionalInterface
    interface Sink {
        long apply(Change change);
    }
}
