package org.rapporteur.model;

import java.util.List;

/** The answer to a {@link SearchRequest}: the exact number of matching claims, one page of hits, facet counts. */
public record SearchResult(long total, List<ClaimHit> hits, List<FacetCount> facets, long tookMillis) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }
}
