package org.rapporteur.ui.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The search bar: the query text, search-as-you-type (debounced, {@link #DEBOUNCE}), Enter to search at once, the
 * last {@value QueryHistory#MAX} queries, completion of field values, and the syntax error of the last query. It
 * does not search itself: it hands the query to {@code onQuery} (the main view model builds the request). Use on the
 * FX thread.
 */
public final class SearchViewModel {
    public static final Duration DEBOUNCE = Duration.millis(250);

    /**
     * A query that does not parse, for the inline message: the message, the query (or the part of it around the fault)
     * and the 0-based position of the fault in that text.
     */
    public record QueryError(String message, String query, int position) {
    }

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final Consumer<String> onQuery;
    private final Consumer<List<String>> onHistoryChanged;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<QueryError> error = new SimpleObjectProperty<>();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObjectProperty<QueryCompleter> completer = new SimpleObjectProperty<>(new QueryCompleter(Map.of()));
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private boolean quiet;
    private String lastSent;

    public SearchViewModel(Workspace workspace, BackgroundTasks tasks, List<String> initialHistory,
                           Consumer<String> onQuery, Consumer<List<String>> onHistoryChanged) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onQuery = onQuery;
        this.onHistoryChanged = onHistoryChanged;
        history.setAll(initialHistory);
        debounce.setOnFinished(e -> send(query.get()));
        query.addListener((obs, old, now) -> {
            if (!quiet) {
                debounce.playFromStart();
            }
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Searches now (Enter): skips the debounce and records the query in the history. */
    public void submit() {
        debounce.stop();
        String q = query.get() == null ? "" : query.get().strip();
        lastSent = null; // Enter always searches, even the same text again
        send(q);
        if (!q.isEmpty()) {
            history.setAll(QueryHistory.add(history, q));
            onHistoryChanged.accept(List.copyOf(history));
        }
    }

    private void send(String q) {
        String stripped = q == null ? "" : q.strip();
        if (stripped.equals(lastSent)) {
            return;
        }
        lastSent = stripped;
        onQuery.accept(stripped);
    }

    /** Shows {@code q} in the bar without searching (the caller already searches for it). */
    public void setQuietly(String q) {
        quiet = true;
        try {
            debounce.stop();
            query.set(q);
            lastSent = q == null ? "" : q.strip();
        } finally {
            quiet = false;
        }
    }

    /** Called with the outcome of each search: shows or clears the inline syntax error. */
    public void showSyntaxError(QuerySyntaxException e) {
        if (e == null) {
            error.set(null);
            return;
        }
        // the part of the query around the fault: a query of thousands of terms would not fit under the bar
        QuerySyntaxException.Excerpt around = e.excerpt();
        error.set(new QueryError(e.getMessage(), around.text(), around.caret()));
    }

    public ReadOnlyObjectProperty<QueryError> errorProperty() {
        return error;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ReadOnlyObjectProperty<QueryCompleter> completerProperty() {
        return completer;
    }

    public List<QueryCompleter.Completion> complete(String text, int caret) {
        return completer.get().complete(text, caret, 12);
    }

    /** Reloads the completion values from the facet counts of a blank query (in the background). */
    public void refreshCompletions() {
        SearchRequest all = new SearchRequest("", Map.of(), null, 1, 0, 500);
        tasks.run("Loading completion values", () -> workspace.corpus().search(all), this::acceptValues, error -> {
        });
    }

    private void acceptValues(SearchResult result) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (FacetCount fc : result.facets()) {
            FacetDimension d = fc.dimension();
            String field = switch (d) {
                case SPEAKER, COUNTRY, SPEAKER_COUNTRY, THEME, TAG, CODED_BY, REGION, YEAR, KIND, PUBLISHER -> d.key();
                case ORGANISATION -> "org";
                case REPORT -> "report";
            };
            if (field != null) {
                values.put(field, fc.values().stream().map(FacetCount.Value::value).toList());
            }
        }
        completer.set(new QueryCompleter(values));
    }
}
