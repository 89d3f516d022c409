package org.rapporteur.pipeline;

import java.util.List;

import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.SearchRequest;

/**
 * The analyst's links between claims, for the claims of one {@link SearchRequest}: every link with at least one end
 * among those claims, and both ends as nodes ({@code inRequest} false for an end outside the request). Edges join node
 * indexes and carry the link type's label ({@code supports}, {@code contradicts}...). {@code truncated} says only the
 * first {@code scanned} claims of a larger request were looked at. Immutable.
 */
public record ClaimLinkGraph(SearchRequest request, List<ClaimNode> nodes, List<LinkEdge> edges, long scanned,
                             boolean truncated) {
    public ClaimLinkGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** One linked claim. */
    public record ClaimNode(ClaimRecord claim, boolean inRequest) {
    }

    /** A link from {@code nodes().get(source)} to {@code nodes().get(target)}. */
    public record LinkEdge(int source, int target, String type, String note) {
    }
}
