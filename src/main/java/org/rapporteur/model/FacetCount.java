package org.rapporteur.model;

import java.util.List;

/** Counts of one facet dimension for a query: each value with the number of matching claims. */
public record FacetCount(FacetDimension dimension, List<Value> values) {
    public FacetCount {
        values = List.copyOf(values);
    }

    public record Value(String value, long count, boolean selected) {
    }
}
