package org.rapporteur.ui.search;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The Results tab's state: runs a {@link SearchRequest} off the FX thread, one page ({@link #pageSize()} hits) at a
 * time, and keeps the hits, the exact total and the facet counts. A newer search cancels and supersedes an older
 * one: results of a superseded search are dropped, never shown. Sorting is part of the request, done by the index.
 * Use on the FX thread.
 */
public final class ResultsViewModel {
    public static final int DEFAULT_PAGE_SIZE = 200;

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final int pageSize;

    private final ObservableList<ClaimHit> hits = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final ObjectProperty<List<FacetCount>> facets = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<QuerySyntaxException> syntaxError = new SimpleObjectProperty<>();
    private final StringProperty errorMessage = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<SearchRequest> request = new SimpleObjectProperty<>();
    private final StringProperty origin = new SimpleStringProperty("");
    private final StringProperty meaningNote = new SimpleStringProperty();
    private final ObjectProperty<java.util.Map<String, String>> tagColours = new SimpleObjectProperty<>(
            java.util.Map.of());

    private volatile boolean coloursStale = true;
    private long generation;
    private Task<?> running;
    private long searchesCompleted;

    private final ObjectProperty<EmptyResults.IndexContent> indexContent = new SimpleObjectProperty<>(
            EmptyResults.IndexContent.UNKNOWN);
    private final ObjectProperty<EmptyResults.Indexing> indexing = new SimpleObjectProperty<>();
    private final javafx.beans.binding.StringBinding emptyMessage = javafx.beans.binding.Bindings.createStringBinding(
            () -> hits.isEmpty() ? EmptyResults.forResults(indexContent.get(), indexing.get(), loading.get(),
                    errorMessage.get()) : "",
            hits, indexContent, indexing, loading, errorMessage);

    private record Answer(SearchResult result, java.util.Map<String, String> tagColours,
                          EmptyResults.IndexContent content) {
    }

    public ResultsViewModel(Workspace workspace, BackgroundTasks tasks, int pageSize) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Runs {@code r} from its first page; whatever was running before is cancelled and its answer dropped. */
    public void search(SearchRequest r) {
        SearchRequest first = new SearchRequest(r.query(), r.filters(), r.sort(), pageSize, 0, r.facetValues(),
                r.mode());
        request.set(first);
        long mine = ++generation;
        if (running != null) {
            running.cancel(false);
        }
        loading.set(true);
        running = tasks.run("Searching", () -> {
            SearchResult result = workspace.corpus().search(first);
            return new Answer(result, coloursStale ? readTagColours() : null, contentBehind(result));
        }, answer -> {
            if (mine != generation) {
                return; // a newer search was started: this answer is stale
            }
            SearchResult result = answer.result();
            if (answer.tagColours() != null) {
                tagColours.set(answer.tagColours());
            }
            hits.setAll(result.hits());
            total.set(result.total());
            facets.set(result.facets());
            meaningNote.set(result.meaningNote());
            indexContent.set(answer.content());
            syntaxError.set(null);
            errorMessage.set(null);
            searchesCompleted++; // before loading ends: listeners of loading see this answer counted
            loading.set(false);
        }, error -> {
            if (mine != generation) {
                return;
            }
            searchesCompleted++;
            loading.set(false);
            if (error instanceof QuerySyntaxException q) {
                syntaxError.set(q);
                errorMessage.set(null);
            } else {
                syntaxError.set(null);
                errorMessage.set(UserMessages.describe("The search", error));
            }
        });
    }

    /**
     * Whether an empty answer means "nothing matched": only when the index holds claims. Two counts, asked only when
     * the answer is empty.
     */
    private EmptyResults.IndexContent contentBehind(SearchResult result) {
        if (result.total() > 0 || workspace.corpus().claimCount() > 0) {
            return EmptyResults.IndexContent.CLAIMS;
        }
        return workspace.corpus().reportCount() > 0 ? EmptyResults.IndexContent.NO_CLAIMS
                : EmptyResults.IndexContent.NO_REPORTS;
    }

    /** Re-runs the current request (after indexing or an annotation change). */
    public void rerun() {
        if (request.get() != null) {
            search(request.get());
        }
    }

    public boolean hasMore() {
        return hits.size() < total.get();
    }

    /** Appends the next page of the current request; ignored while a search or page is loading. */
    public void loadMore() {
        SearchRequest r = request.get();
        if (r == null || loading.get() || !hasMore()) {
            return;
        }
        SearchRequest next = new SearchRequest(r.query(), r.filters(), r.sort(), pageSize, hits.size(),
                r.facetValues(), r.mode());
        long mine = generation;
        loading.set(true);
        running = tasks.run("Loading more results", () -> workspace.corpus().search(next), result -> {
            if (mine != generation) {
                return;
            }
            hits.addAll(result.hits());
            total.set(result.total());
            loading.set(false);
        }, error -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            errorMessage.set(UserMessages.describe("Loading more results", error));
        });
    }

    /**
     * The codebook changed: the next search re-reads the tag colours with its hits, so the chips of a page and their
     * colours always arrive together.
     */
    public void tagsChanged() {
        coloursStale = true;
    }

    /** The colours, or null when the codebook cannot be read now (the chips keep the colours they had). */
    private java.util.Map<String, String> readTagColours() {
        try {
            java.util.Map<String, String> colours = workspace.annotations().tagColoursByPath();
            coloursStale = false;
            return colours;
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ResultsViewModel.class).warn("Reading the tag colours failed", e);
            return null;
        }
    }

    /** The codebook's tag colours by tag path, as of the last search; empty until read. */
    public ReadOnlyObjectProperty<java.util.Map<String, String>> tagColoursProperty() {
        return tagColours;
    }

    public ObservableList<ClaimHit> hits() {
        return hits;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ReadOnlyObjectProperty<List<FacetCount>> facetsProperty() {
        return facets;
    }

    public ReadOnlyObjectProperty<QuerySyntaxException> syntaxErrorProperty() {
        return syntaxError;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyObjectProperty<SearchRequest> requestProperty() {
        return request;
    }

    /** Where the listed claims came from when not from the search bar (e.g. a matrix cell); empty otherwise. */
    public StringProperty originProperty() {
        return origin;
    }

    /** What the last answer said about meaning search ("vectors for 40 % of claims so far"); null when nothing. */
    public ReadOnlyStringProperty meaningNoteProperty() {
        return meaningNote;
    }

    /** What the index held at the last answer ({@code UNKNOWN} until a search answered). */
    public ReadOnlyObjectProperty<EmptyResults.IndexContent> indexContentProperty() {
        return indexContent;
    }

    /** The indexing run going on, as the empty list tells it (set by the main view model); null when none. */
    public ObjectProperty<EmptyResults.Indexing> indexingProperty() {
        return indexing;
    }

    /**
     * What the list says when it is empty (blank while it lists claims): what is going on (opening, the first index, no reports, searching) and,
     * only after a search over an index holding claims answered with none, that nothing matched.
     */
    public javafx.beans.value.ObservableStringValue emptyMessageProperty() {
        return emptyMessage;
    }

    /** How many searches finished (answered or failed, stale ones not counted); for tests and benchmarks. */
    public long searchesCompleted() {
        return searchesCompleted;
    }

    /** The claims with their citations, one line each (see {@link ClaimCitations}), handed to {@code ready} when read. */
    public void copyCitations(List<org.rapporteur.model.ClaimRecord> claims, java.util.function.Consumer<String> ready) {
        List<org.rapporteur.model.ClaimRecord> picked = List.copyOf(claims);
        if (!picked.isEmpty()) {
            tasks.run("Citing the claims", () -> ClaimCitations.lines(workspace, picked), ready, error -> { });
        }
    }
}
