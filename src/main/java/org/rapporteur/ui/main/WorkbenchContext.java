package org.rapporteur.ui.main;

import java.util.concurrent.ExecutorService;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.Workspace;

/**
 * What the main window offers the screens that plug into it (see {@link WorkbenchTab}). Properties and the two
 * commands must be used on the FX thread; service calls on {@link #workspace()} belong on {@link #background()}
 * (wrapped in a {@code javafx.concurrent.Task}), never on the FX thread.
 *
 * <p>Contributors are found by reflection: a class {@code org.rapporteur.ui.analysis.AnalysisTabs} with a static
 * method {@code List<WorkbenchTab> create(WorkbenchContext)}; when absent, the window has no analysis tabs.
 */
public interface WorkbenchContext {
    /** The open workspace (thread-safe; its calls may take long, so call it from {@link #background()}). */
    Workspace workspace();

    /** The shared background executor (named daemon threads); submit {@code Task}s here. */
    ExecutorService background();

    /** The request behind the Results tab: query, facet selections and sort. Changes when the user searches. */
    ReadOnlyObjectProperty<SearchRequest> currentRequest();

    /**
     * Counts index changes: increases after every (re)indexing run and every annotation change, so views that
     * aggregate over the index know when to recompute.
     */
    ReadOnlyLongProperty dataVersion();

    /**
     * Lists the claims matching {@code request} in the Results tab and brings it to front; {@code title} says where
     * they came from (e.g. {@code "Matrix: Pakistan × Security"}). The search bar and facets show the request.
     */
    void showClaims(String title, SearchRequest request);

    /** Shows a claim in the inspector and opens its report in the Reader at the claim. */
    void openClaim(ClaimRecord claim);

    /**
     * What to say instead of "no claims match" while the index cannot answer yet: the workspace opening, its first
     * index ("Indexing the corpus — 3 of 10 reports…"), or no reports at all; null once the index holds claims.
     */
    default javafx.beans.value.ObservableStringValue indexStateMessage() {
        return new javafx.beans.property.SimpleStringProperty();
    }
}
