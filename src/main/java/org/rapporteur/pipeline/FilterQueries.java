package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;

/**
 * Turns a request's facet filters into clauses of the query language ({@code speakerCountry:"Pakistan"}), so that a
 * pass over the claims of a filtered request reads only the claims that can pass the filters instead of the whole
 * corpus. The clauses match analysed text, so they select a superset of the filter's claims; the exact filter is
 * still applied to each claim ({@link ClaimFacetValues#matches}). Dimensions with many selected values (an "Other"
 * bucket) or values without a letter or digit are left to the exact filter alone. Stateless.
 */
final class FilterQueries {
    /** Keeps the query well under Lucene's clause limit. */
    private static final int MAX_VALUES = 64;

    private FilterQueries() {
    }

    /** The request's query narrowed by its filters, or the query itself when no filter can be expressed. */
    static String narrowed(SearchRequest request) {
        List<String> clauses = new ArrayList<>();
        for (Map.Entry<FacetDimension, Set<String>> f : request.filters().entrySet()) {
            String clause = clause(f.getKey(), f.getValue());
            if (clause != null) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            return request.query();
        }
        String filters = String.join(" AND ", clauses);
        return request.query().isBlank() ? filters : "(" + request.query() + ") AND " + filters;
    }

    private static String clause(FacetDimension d, Set<String> values) {
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String v : values) {
            if (v.codePoints().noneMatch(Character::isLetterOrDigit)) {
                return null;
            }
            if (d == FacetDimension.YEAR) {
                if (!v.chars().allMatch(Character::isDigit)) {
                    return null;
                }
                terms.add("year:" + v);
            } else {
                terms.add(d.key() + ":\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
        }
        return "(" + String.join(" OR ", terms) + ")";
    }
}
