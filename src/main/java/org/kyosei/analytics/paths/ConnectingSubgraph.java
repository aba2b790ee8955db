package org.kyosei.analytics.paths;

import java.util.List;
import java.util.Objects;

import org.kyosei.analytics.structure.UndirectedEdge;

/**
 * A subgraph that connects a set of terminal nodes. The array is shared, not copied: do not
 * modify it.
 *
 * @param nodes its nodes, ascending (every terminal is included, even one reaching no other)
 * @param edges its edges, ascending
 */
public record ConnectingSubgraph(int[] nodes, List<UndirectedEdge> edges) {

    public ConnectingSubgraph {
        Objects.requireNonNull(nodes, "nodes must not be null");
        edges = List.copyOf(edges);
    }
}
