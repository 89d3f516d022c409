package org.rapporteur.ui.search;

import java.util.Locale;

/**
 * What the place of the results says when it has no claim to list: what the workbench is doing (opening the
 * workspace, indexing it for the first time), that the workspace has no reports yet, or — only when a search over an
 * index holding claims answered with none — that nothing matched. Pure functions; the view models feed them their
 * state, so the words are tested without a window.
 */
public final class EmptyResults {
    /** What the index held at the last answer: whether "nothing matched" can be true. */
    public enum IndexContent {
        /** No search has answered yet. */
        UNKNOWN,
        /** The index holds claims. */
        CLAIMS,
        /** The index holds reports, none with a claim. */
        NO_CLAIMS,
        /** The index holds no report. */
        NO_REPORTS
    }

    /** An indexing run: files passed of the total ({@code total} -1 while the corpus is still being checked). */
    public record Indexing(long done, long total) {
    }

    public static final String OPENING = "Opening the workspace…";
    public static final String SEARCHING = "Searching…";
    public static final String NO_MATCH = "No claims match. Loosen the query or clear the facets.";
    public static final String NO_REPORTS = "No reports yet: add a folder of reports (File ▸ Add folder…, "
            + "Ctrl+Shift+O) or drop files on the window.";
    public static final String NO_CLAIMS = "The reports indexed have no claims: View ▸ Problems… lists the files "
            + "that could not be read. Add a folder of reports (File ▸ Add folder…) or drop files on the window.";

    private EmptyResults() {
    }

    /**
     * What to say instead of any result while the index cannot answer a search: opening, being filled for the first
     * time, or empty; null once it holds claims (then an empty answer means the search matched nothing).
     *
     * @param indexing the indexing run going on, or null
     */
    public static String forIndex(IndexContent content, Indexing indexing) {
        return switch (content) {
            case UNKNOWN -> OPENING;
            case CLAIMS -> null;
            case NO_CLAIMS, NO_REPORTS -> indexing != null ? indexing(indexing)
                    : content == IndexContent.NO_REPORTS ? NO_REPORTS : NO_CLAIMS;
        };
    }

    /**
     * What the empty results list says.
     *
     * @param searching a search is running (its answer will replace the list)
     * @param error     why the last search failed (not a syntax error: the search bar shows those), or null
     */
    public static String forResults(IndexContent content, Indexing indexing, boolean searching, String error) {
        if (error != null && !error.isBlank()) {
            return error;
        }
        if (searching && content != IndexContent.UNKNOWN && (indexing == null || content == IndexContent.CLAIMS)) {
            return SEARCHING; // e.g. the search that follows an index run: what it finds decides what is true
        }
        String notReady = forIndex(content, indexing);
        return notReady != null ? notReady : NO_MATCH;
    }

    private static String indexing(Indexing run) {
        if (run.total() <= 0) {
            return "Indexing the corpus — looking for reports…";
        }
        return String.format(Locale.ROOT, "Indexing the corpus — %,d of %,d report%s…", run.done(), run.total(),
                run.total() == 1 ? "" : "s");
    }
}
