package org.rapporteur.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapporteur.pipeline.CorpusChanges;
import org.rapporteur.pipeline.IndexSummary;

/**
 * The status bar's words for an indexing run: checking the corpus, what the check found, and how the run ended. A run
 * that found nothing to do says so plainly instead of "0 reports indexed…". Pure functions.
 */
public final class IndexStatus {
    public static final String CHECKING = "Checking the corpus for changes…";
    public static final String UNCHANGED = "Corpus unchanged";

    private IndexStatus() {
    }

    /** What the check found, e.g. "3 reports changed, re-indexing…", "Corpus unchanged". */
    public static String found(CorpusChanges c) {
        if (c.none()) {
            return UNCHANGED;
        }
        if (c.firstIndex()) {
            return String.format(Locale.ROOT, "Indexing the corpus — %,d report%s to read…", c.toRead(),
                    plural(c.toRead()));
        }
        List<String> parts = new ArrayList<>();
        if (c.changed() > 0) {
            parts.add(String.format(Locale.ROOT, "%,d report%s changed", c.changed(), plural(c.changed())));
        }
        if (c.added() > 0) {
            parts.add(String.format(Locale.ROOT, "%,d new report%s", c.added(), plural(c.added())));
        }
        if (c.removed() > 0) {
            parts.add(String.format(Locale.ROOT, "%,d report%s removed", c.removed(), plural(c.removed())));
        }
        String what = String.join(", ", parts);
        return c.toRead() > 0 ? what + ", re-indexing…" : what;
    }

    /** How the run ended: "Corpus unchanged: 10,952 reports (checked in 18.3 s)", or the run's summary line. */
    public static String finished(IndexSummary s) {
        if (!s.cancelled() && s.filesSeen() == 0 && s.removed() == 0 && s.failures().isEmpty()) {
            return "No report files in the corpus folders: add a folder (File ▸ Add folder…) or drop files here";
        }
        if (!s.cancelled() && s.indexed() == 0 && s.removed() == 0 && s.failures().isEmpty()) {
            return String.format(Locale.ROOT, "%s: %,d report%s (checked in %.1f s)", UNCHANGED, s.unchanged(),
                    plural(s.unchanged()), s.millis() / 1000.0);
        }
        return s.line();
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
