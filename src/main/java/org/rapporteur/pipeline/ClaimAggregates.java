package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Link;
import org.rapporteur.model.ClaimRecord;

import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aggregates over the claims matching a {@link SearchRequest} (query and facet filters; sort, limit and offset are
 * ignored): matrices of counts by two dimensions, value counts for charts, co-occurrence graphs. Streams the claims of
 * the query once through {@link Workspace#forEachClaimUnordered}, applies the facet filters in memory with the index's
 * own semantics ({@link ClaimFacetValues}) and keeps only value ordinals ({@link ClaimTable}), so one pass serves any
 * number of matrices. Cost: one read of every claim matching the query, linear in their number. Blocking; call it
 * off the UI thread. Cancellable between claims. Thread-safe (stateless over a thread-safe workspace).
 */
public final class ClaimAggregates {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimAggregates.class);
    /** The dimensions an analyst can put on a matrix axis. */
    public static final Set<FacetDimension> MATRIX_DIMENSIONS = EnumSet.of(FacetDimension.SPEAKER,
            FacetDimension.SPEAKER_COUNTRY, FacetDimension.COUNTRY, FacetDimension.THEME, FacetDimension.TAG,
            FacetDimension.REPORT, FacetDimension.YEAR, FacetDimension.ORGANISATION, FacetDimension.PUBLISHER,
            FacetDimension.REGION);
    private static final int PROGRESS_EVERY = 2_000;

    private final Workspace workspace;

    public ClaimAggregates(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Reads every claim matching {@code request} and keeps its values of {@code dimensions}. Progress counts claims
     * read (the query narrowed by the filters where the query language can, before the exact filters).
     *
     * @throws java.util.concurrent.CancellationException when {@code cancel} fires
     * @throws org.rapporteur.model.QuerySyntaxException  when the query does not parse
     */
    public ClaimTable collect(SearchRequest request, Set<FacetDimension> dimensions, ProgressListener progress,
                              Cancellation cancel) {
        long t0 = System.nanoTime();
        String read = readQuery(request);
        long expected = workspace.corpus().search(new SearchRequest(read, Map.of(), null, 1, 0, 1)).total();
        cancel.check();
        ClaimTable.Builder builder = new ClaimTable.Builder(request, dimensions);
        Map<FacetDimension, Set<String>> filters = workspace.withPeople(request.filters());
        long[] seen = {0};
        progress.progress(0, expected, "Reading claims");
        workspace.corpus().forEachClaimUnordered(read, r -> {
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

    /**
     * The query whose claims are read: the request's query narrowed by its facet filters where the query language can
     * express them (a superset; the exact filter follows), else the request's query alone.
     */
    private String readQuery(SearchRequest request) {
        String narrowed = FilterQueries.narrowed(request);
        if (narrowed.equals(request.query())) {
            return narrowed;
        }
        try {
            workspace.corpus().search(new SearchRequest(narrowed, Map.of(), null, 1, 0, 1));
            return narrowed;
        } catch (org.rapporteur.model.QuerySyntaxException e) {
            LOG.debug("Filters not expressible as a query ({}); reading the query's claims", e.getMessage());
            return request.query();
        }
    }

    /** One-shot: collects the two dimensions and builds their matrix, see {@link ClaimTable#matrix}. */
    public ClaimMatrix matrix(SearchRequest request, FacetDimension rows, FacetDimension columns, int maxRows,
                              int maxColumns, ProgressListener progress, Cancellation cancel) {
        return collect(request, EnumSet.of(rows, columns), progress, cancel)
                .matrix(rows, columns, maxRows, maxColumns, cancel);
    }

    /**
     * The analyst's links touching the claims of {@code request}: looks up the links of at most {@code maxClaims}
     * matching claims in the annotation store (one lookup per claim, so keep the cap near 20,000) and fetches the far
     * end of each link from the index.
     */
    public ClaimLinkGraph links(SearchRequest request, int maxClaims, ProgressListener progress,
                                Cancellation cancel) {
        List<ClaimRecord> claims = new ArrayList<>();
        boolean[] truncated = {false};
        Map<FacetDimension, Set<String>> filters = workspace.withPeople(request.filters());
        try {
            workspace.corpus().forEachClaimUnordered(readQuery(request), r -> {
                cancel.check();
                if (ClaimFacetValues.matches(r, filters)) {
                    if (claims.size() >= maxClaims) {
                        truncated[0] = true;
                        throw new EnoughClaims();
                    }
                    claims.add(r);
                }
            });
        } catch (EnoughClaims stop) {
            // the cap was reached: the rest of the stream is not needed
        }
        Map<String, Integer> nodeOf = new HashMap<>();
        List<ClaimLinkGraph.ClaimNode> nodes = new ArrayList<>();
        Map<String, ClaimRecord> inRequest = new HashMap<>();
        claims.forEach(c -> inRequest.put(c.claim().id(), c));
        List<ClaimLinkGraph.LinkEdge> edges = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Annotations annotations = workspace.annotations();
        int done = 0;
        for (ClaimRecord c : claims) {
            cancel.check();
            if (++done % PROGRESS_EVERY == 0) {
                progress.progress(done, claims.size(), "Reading links");
            }
            for (Link link : annotations.links(c.claim().id())) {
                String from = link.source().claimId();
                String to = link.target().claimId();
                if (from == null || to == null || !seen.add(link.id())) {
                    continue;
                }
                Integer a = node(from, inRequest, nodeOf, nodes);
                Integer b = node(to, inRequest, nodeOf, nodes);
                if (a != null && b != null) {
                    edges.add(new ClaimLinkGraph.LinkEdge(a, b, link.type().label(), link.note()));
                }
            }
        }
        return new ClaimLinkGraph(request, nodes, edges, claims.size(), truncated[0]);
    }

    private Integer node(String claimId, Map<String, ClaimRecord> inRequest, Map<String, Integer> nodeOf,
                         List<ClaimLinkGraph.ClaimNode> nodes) {
        Integer known = nodeOf.get(claimId);
        if (known != null) {
            return known;
        }
        ClaimRecord r = inRequest.get(claimId);
        boolean inside = r != null;
        if (r == null) {
            r = workspace.corpus().claim(claimId).orElse(null);
        }
        if (r == null) {
            return null;
        }
        nodes.add(new ClaimLinkGraph.ClaimNode(r, inside));
        nodeOf.put(claimId, nodes.size() - 1);
        return nodes.size() - 1;
    }

    /** Stops the claim stream once the cap is reached. */
    private static final class EnoughClaims extends RuntimeException {
        EnoughClaims() {
            super(null, null, false, false);
        }
    }

    /** One-shot: collects the dimensions and builds their co-occurrence graph, see {@link ClaimTable#cooccurrence}. */
    public CooccurrenceGraph cooccurrence(SearchRequest request, List<FacetDimension> dimensions,
                                          int maxNodesPerDimension, long minWeight, ProgressListener progress,
                                          Cancellation cancel) {
        return collect(request, EnumSet.copyOf(dimensions), progress, cancel)
                .cooccurrence(dimensions, maxNodesPerDimension, minWeight, cancel);
    }
}
