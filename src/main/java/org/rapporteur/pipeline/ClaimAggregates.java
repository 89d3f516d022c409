package org.rapporteur.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aggregates over the claims matching a {@link SearchRequest} (query and facet filters; sort, limit and offset are
 * ignored): matrices of counts by two dimensions, value counts for charts, co-occurrence graphs. Streams the claims of
 * the query once through {@link Workspace#forEachClaim}, applies the facet filters in memory with the index's own
 * semantics ({@link ClaimFacetValues}) and keeps only value ordinals ({@link ClaimTable}), so one pass serves any
 * number of matrices. Cost: one read of every claim matching the query, linear in their number. Blocking; call it
 * off the UI thread. Cancellable between claims. Thread-safe (stateless over a thread-safe workspace).
 */
public final class ClaimAggregates {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimAggregates.class);
    /** The dimensions an analyst can put on a matrix axis. */
    public static final Set<FacetDimension> MATRIX_DIMENSIONS = EnumSet.of(FacetDimension.SPEAKER,
            FacetDimension.SPEAKER_COUNTRY, FacetDimension.COUNTRY, FacetDimension.THEME, FacetDimension.TAG,
            FacetDimension.REPORT, FacetDimension.YEAR, FacetDimension.ORGANISATION, FacetDimension.REGION);
    private static final int PROGRESS_EVERY = 2_000;

    private final Workspace workspace;

    public ClaimAggregates(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Reads every claim matching {@code request} and keeps its values of {@code dimensions}. Progress counts claims
     * read of the query's total (before the facet filters).
     *
     * @throws java.util.concurrent.CancellationException when {@code cancel} fires
     * @throws org.rapporteur.model.QuerySyntaxException  when the query does not parse
     */
    public ClaimTable collect(SearchRequest request, Set<FacetDimension> dimensions, ProgressListener progress,
                              Cancellation cancel) {
        long t0 = System.nanoTime();
        long expected = workspace.search(new SearchRequest(request.query(), Map.of(), null, 1, 0, 1)).total();
        cancel.check();
        ClaimTable.Builder builder = new ClaimTable.Builder(request, dimensions);
        Map<FacetDimension, Set<String>> filters = request.filters();
        long[] seen = {0};
        progress.progress(0, expected, "Reading claims");
        workspace.forEachClaim(request.query(), r -> {
            // a volatile read per claim is noise next to reading the claim
            cancel.check();
            if (++seen[0] % PROGRESS_EVERY == 0) {
                progress.progress(seen[0], expected, "Reading claims");
            }
            if (ClaimFacetValues.matches(r, filters)) {
                builder.add(r);
            }
        });
        cancel.check();
        ClaimTable table = builder.build();
        progress.progress(seen[0], expected, "Done");
        LOG.debug("Collected {} of {} claims over {} in {} ms", table.size(), seen[0], dimensions,
                (System.nanoTime() - t0) / 1_000_000);
        return table;
    }

    /** One-shot: collects the two dimensions and builds their matrix, see {@link ClaimTable#matrix}. */
    public ClaimMatrix matrix(SearchRequest request, FacetDimension rows, FacetDimension columns, int maxRows,
                              int maxColumns, ProgressListener progress, Cancellation cancel) {
        return collect(request, EnumSet.of(rows, columns), progress, cancel)
                .matrix(rows, columns, maxRows, maxColumns, cancel);
    }

    /** One-shot: collects the dimensions and builds their co-occurrence graph, see {@link ClaimTable#cooccurrence}. */
    public CooccurrenceGraph cooccurrence(SearchRequest request, List<FacetDimension> dimensions,
                                          int maxNodesPerDimension, long minWeight, ProgressListener progress,
                                          Cancellation cancel) {
        return collect(request, EnumSet.copyOf(dimensions), progress, cancel)
                .cooccurrence(dimensions, maxNodesPerDimension, minWeight, cancel);
    }
}
