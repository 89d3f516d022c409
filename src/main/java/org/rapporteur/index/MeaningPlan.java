package org.rapporteur.index;

import java.util.Locale;

import org.rapporteur.model.MeaningState;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a search uses meaning, with what, and what to tell the user: the query's vector (null when the search is by
 * words alone), the similarity floor of the model, and the one-sentence note for {@code SearchResult.meaningNote}
 * (null when there is nothing to say). A search by words alone because the analyst asked for it (lexical mode) or
 * because there is nothing to compare (a blank query; in hybrid mode, a query of fielded clauses only) says
 * nothing. Meaning that cannot be used (no vectors yet, a damaged vector index, a model that fails) makes the search
 * lexical and says why: never an error.
 */
record MeaningPlan(float[] vector, float floor, String note) {
    private static final Logger LOG = LoggerFactory.getLogger(MeaningPlan.class);
    /** The last failure logged, so a search as you type does not write the same warning at every key. */
    private static volatile String lastLogged;

    static final MeaningPlan WORDS_ONLY = new MeaningPlan(null, 0, null);

    boolean usesMeaning() {
        return vector != null;
    }

    static MeaningPlan of(SearchRequest request, MeaningLookup meaning) {
        if (request.mode() == SearchMode.LEXICAL || request.query().isBlank()) {
            return WORDS_ONLY;
        }
        String free = FreeText.of(request.query());
        if (free.isEmpty()) {
            return request.mode() == SearchMode.SEMANTIC ? wordsOnly("Searched by words only: the query has no "
                    + "words to compare by meaning, only fielded clauses.") : WORDS_ONLY;
        }
        MeaningState state;
        try {
            state = meaning.state();
        } catch (RuntimeException e) {
            logOnce("Meaning search: the vector state cannot be read", e);
            return wordsOnly("Searched by words only: the claim vectors cannot be read (" + reason(e) + ").");
        }
        if (!state.usable()) {
            return wordsOnly(unusable(state));
        }
        float[] vector;
        try {
            vector = meaning.embedQuery(free);
        } catch (RuntimeException e) {
            logOnce("Meaning search: the query could not be embedded", e);
            return wordsOnly("Searched by words only: the query could not be compared by meaning (" + reason(e)
                    + ").");
        }
        return new MeaningPlan(vector, SimilarityFloor.of(state.modelId()), partial(state));
    }

    /** The note when meaning could not be used at all: the state's problem, or no vectors yet. */
    static String unusable(MeaningState state) {
        if (state.problem() != null) {
            return "Searched by words only: " + sentence(state.problem());
        }
        return "Searched by words only: the claims have no meaning vectors yet"
                + (state.running() ? " (they are being made)." : ".");
    }

    /** The note when only some claims have vectors; null when all have. */
    static String partial(MeaningState state) {
        if (state.complete() || state.claims() <= 0) {
            return null;
        }
        long pct = Math.min(99, 100 * state.embedded() / state.claims());
        return String.format(Locale.ROOT, "Meaning compared for %s of claims so far (%,d of %,d have vectors); the "
                + "others are found by their words only.", pct == 0 ? "under 1 %" : pct + " %", state.embedded(),
                state.claims());
    }

    /** Applies when meaning was used but an error while finding neighbours made the search lexical. */
    static String failed(RuntimeException e) {
        logOnce("Meaning search: the nearest claims could not be read", e);
        return "Searched by words only: the claim vectors could not be read (" + reason(e) + ").";
    }

    private static MeaningPlan wordsOnly(String note) {
        return new MeaningPlan(null, 0, note);
    }

    private static String sentence(String problem) {
        String p = problem.strip();
        return p.endsWith(".") ? p : p + ".";
    }

    private static String reason(RuntimeException e) {
        String m = e.getMessage();
        m = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    private static void logOnce(String what, RuntimeException e) {
        String key = what + ": " + e;
        if (!key.equals(lastLogged)) {
            lastLogged = key;
            LOG.warn("{}; searching by words only", what, e);
        }
    }
}
