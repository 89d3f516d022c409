package org.rapporteur.pipeline;

import java.util.List;
import java.util.Locale;

import org.rapporteur.model.Problem;

/**
 * What an indexing run did: reports (re)indexed, claims written, files skipped as unchanged, reports removed because
 * their files are gone, every failed file with its reason, warnings (missing roots, dangling links), and whether the
 * run was cancelled part-way.
 */
public record IndexSummary(int filesSeen, int indexed, long claims, int unchanged, int removed,
                           List<Problem> failures, List<Problem> warnings, long millis, boolean cancelled) {
    public IndexSummary {
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** One human line, e.g. {@code 5 reports indexed (412 claims), 0 unchanged, 0 removed, 1 failed in 1.2 s}. */
    public String line() {
        return String.format(Locale.ROOT,
                "%d report%s indexed (%d claims), %d unchanged, %d removed, %d failed in %.1f s%s", indexed,
                indexed == 1 ? "" : "s", claims, unchanged, removed, failures.size(), millis / 1000.0,
                cancelled ? " (cancelled)" : "");
    }
}
