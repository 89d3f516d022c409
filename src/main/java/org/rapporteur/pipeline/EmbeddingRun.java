package org.rapporteur.pipeline;

import java.util.Locale;

/**
 * What one embedding run did: claims embedded, claims given the vector already made for their text under another id
 * (their report's file changed elsewhere: claim ids hash the report's bytes), how many of those embedded were longer than the model reads (embedded by their
 * leading window), vectors dropped because their claims are gone or changed, whether it was cancelled, and how long
 * it took.
 */
public record EmbeddingRun(long embedded, long reused, long truncated, long removed, boolean cancelled, long millis) {
    public static final EmbeddingRun NONE = new EmbeddingRun(0, 0, 0, 0, false, 0);

    /** One human line, e.g. {@code 412 claims embedded (3 by their leading window), 0 vectors removed in 5.2 s}. */
    public String line() {
        return String.format(Locale.ROOT, "%,d claim%s embedded%s, %,d vector%s removed in %.1f s%s", embedded,
                embedded == 1 ? "" : "s",
                truncated == 0 ? "" : String.format(Locale.ROOT,
                        " (%,d longer than the model reads: their leading window)", truncated),
                removed, removed == 1 ? "" : "s", millis / 1000.0, cancelled ? " (stopped)" : "");
    }
}
