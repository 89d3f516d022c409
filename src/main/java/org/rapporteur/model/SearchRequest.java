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
                            int offset, int facetValues) {
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
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, limit, 0, 20);
    }

    public SearchRequest withFilters(Map<FacetDimension, Set<String>> f) {
        return new SearchRequest(query, f, sort, limit, offset, facetValues);
    }

    public SearchRequest withSort(SortOrder s) {
        return new SearchRequest(query, filters, s, limit, offset, facetValues);
    }

    public SearchRequest withLimit(int l) {
        return new SearchRequest(query, filters, sort, l, offset, facetValues);
    }
}
