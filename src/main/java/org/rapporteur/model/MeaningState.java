package org.rapporteur.model;

/**
 * How far meaning search can go now: which model made the vectors, how many of the claims have one, whether
 * embedding is under way, and the problem that stops it (null when there is none).
 */
public record MeaningState(String modelId, long embedded, long claims, boolean running, String problem) {
    public static MeaningState unavailable(String problem) {
        return new MeaningState("", 0, 0, false, problem);
    }

    /** Whether a search can use vectors at all: there is no problem and at least one claim has its vector. */
    public boolean usable() {
        return problem == null && embedded > 0;
    }

    /** Every claim has its vector. */
    public boolean complete() {
        return problem == null && embedded >= claims;
    }
}
