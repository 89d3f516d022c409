package org.rapporteur.pipeline;

import java.util.List;

import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;

/**
 * Which values of different dimensions (speakers, countries, themes...) occur on the same claims, for one
 * {@link SearchRequest}. Nodes carry their number of claims; an edge joins two node indexes (source &lt; target) and
 * carries the number of claims having both. Edges come heaviest first. Immutable.
 */
public record CooccurrenceGraph(SearchRequest request, List<Node> nodes, List<Edge> edges) {
    public CooccurrenceGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** One value of one dimension, with the number of claims having it. */
    public record Node(FacetDimension dimension, String value, long count) {
    }

    /** Claims having both {@code nodes().get(source)} and {@code nodes().get(target)}. */
    public record Edge(int source, int target, long weight) {
    }
}
