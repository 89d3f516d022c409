package org.rapporteur.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A query in the user's query language, facet selections (values within a dimension are OR-ed, dimensions AND-ed),
 * order and page.
 */
public record SearchRequest(String query, Map<FacetDimension, Set<String>> filters, SortOrder sort, int limit,
                            int offset, int facetValues, SearchMode mode) {
    public SearchRequest {
        query = query == null ? "" : query;
        Map<FacetDimension, Set<String>> copy = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, Set.copyOf(new LinkedHashSet<>(v)));
            }
        });
        filters = Map.copyOf(copy);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        mode = mode == null ? SearchMode.HYBRID : mode;
    }

    /** A request in the default mode, hybrid. */
    public SearchRequest(String query, Map<FacetDimension, Set<String>> filters, SortOrder sort, int limit,
                         int offset, int facetValues) {
        this(query, filters, sort, limit, offset, facetValues, SearchMode.HYBRID);
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, limit, 0, 20);
    }

    public SearchRequest withFilters(Map<FacetDimension, Set<String>> f) {
        return new SearchRequest(query, f, sort, limit, offset, facetValues, mode);
    }

    public SearchRequest withSort(SortOrder s) {
        return new SearchRequest(query, filters, s, limit, offset, facetValues, mode);
    }

    public SearchRequest withLimit(int l) {
        return new SearchRequest(query, filters, sort, l, offset, facetValues, mode);
    }

    public SearchRequest withMode(SearchMode m) {
        return new SearchRequest(query, filters, sort, limit, offset, facetValues, m);
    }
}
