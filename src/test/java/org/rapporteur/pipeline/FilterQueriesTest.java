package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;

/** Facet filters as query-language clauses that pre-select the claims a filtered pass reads. */
class FilterQueriesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''         | speakerCountry | Pakistan              | speakerCountry:"Pakistan"
            security   | speakerCountry | Pakistan              | (security) AND speakerCountry:"Pakistan"
            ''         | year           | 2022                  | year:2022
            ''         | year           | 2022?                 | ''
            ''         | theme          | Security/Terrorism    | theme:"Security/Terrorism"
            ''         | speaker        | Said "the Hawk" Khan  | speaker:"Said \\"the Hawk\\" Khan"
            ''         | tag            | ---                   | ''
            a OR b     | country        | India                 | (a OR b) AND country:"India"
            """)
    void oneValue(String query, String dim, String value, String expected) {
        SearchRequest r = SearchRequest.of(query, 10).withFilters(Map.of(FacetDimension.byKey(dim), Set.of(value)));
        // parentheses aside, which the narrowing adds around each group
        assertEquals(strip(expected.isEmpty() ? query : expected), strip(FilterQueries.narrowed(r)));
    }

    @org.junit.jupiter.api.Test
    void valuesOfOneDimensionAreOredAndDimensionsAnded() {
        SearchRequest r = SearchRequest.of("", 10).withFilters(Map.of(
                FacetDimension.COUNTRY, new LinkedHashSet<>(List.of("India", "Iran")),
                FacetDimension.YEAR, Set.of("2024")));
        String q = FilterQueries.narrowed(r);
        assertEquals(true, q.contains("(country:\"India\" OR country:\"Iran\")")
                || q.contains("(country:\"Iran\" OR country:\"India\")"), q);
        assertEquals(true, q.contains(" AND "), q);
        assertEquals(true, q.contains("(year:2024)"), q);
    }

    private static String strip(String s) {
        return s.replace("(", "").replace(")", "");
    }
}
