package org.rapporteur.model;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: the exact number of matching claims, one page of hits, facet counts, and
 * what to tell the user about meaning search ({@code null} when nothing: e.g. "meaning search is off: no vectors
 * yet", "vectors for 40 % of claims so far").
 */
public record SearchResult(long total, List<ClaimHit> hits, List<FacetCount> facets, long tookMillis,
                           String meaningNote) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public SearchResult(long total, List<ClaimHit> hits, List<FacetCount> facets, long tookMillis) {
        this(total, hits, facets, tookMillis, null);
    }
}
