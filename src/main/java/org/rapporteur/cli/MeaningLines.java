package org.rapporteur.cli;

import java.util.Locale;

import org.rapporteur.model.MeaningState;
import org.rapporteur.pipeline.EmbeddingRun;
import org.rapporteur.pipeline.Workspace;

/** How the commands say what an embedding run did and how far the vectors are, in the same words everywhere. */
final class MeaningLines {
    private MeaningLines() {
    }

    /** E.g. {@code vectors: 303 of 303 claims (all-minilm-l6-v2-q)}, or the problem that stops meaning search. */
    static String state(MeaningState s) {
        if (s.problem() != null) {
            return "vectors: " + s.problem();
        }
        String line = String.format(Locale.ROOT, "vectors: %,d of %,d claims (%s)", s.embedded(), s.claims(),
                s.modelId());
        if (s.running()) {
            return line + ", embedding now";
        }
        return s.complete() ? line : line + "; run 'rapporteur embed' to make the rest";
    }

    /** The line after a run: what it did, or that there was nothing to do. */
    static String run(EmbeddingRun r, Workspace ws) {
        if (r.embedded() == 0 && r.reused() == 0 && r.removed() == 0 && !r.cancelled()) {
            long n = ws.meaning().state().embedded();
            return String.format(Locale.ROOT, "all %,d claim%s already have vectors", n, n == 1 ? "" : "s");
        }
        String line = "embedding: " + r.line();
        return r.cancelled() ? line + "; the vectors made so far are saved, run 'rapporteur embed' for the rest"
                : line;
    }
}
