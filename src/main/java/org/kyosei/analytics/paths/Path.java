package org.kyosei.analytics.paths;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A walk through the graph as its sequence of nodes, with its total cost. In hop-count mode the
 * cost is the number of edges. Two paths are equal when they have the same nodes and cost. The
 * array is shared, not copied: do not modify it.
 *
 * @param nodes the nodes from source to target, at least one
 * @param cost the sum of the edge costs along the path
 */
public record Path(int[] nodes, double cost) {

    public Path {
        Objects.requireNonNull(nodes, "nodes must not be null");
        if (nodes.length == 0) {
            throw new IllegalArgumentException("a path has at least one node");
        }
    }

    public int source() {
        return nodes[0];
    }

    public int target() {
        return nodes[nodes.length - 1];
    }

    /** Number of edges. */
    public int hops() {
        return nodes.length - 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Path p && Double.compare(cost, p.cost) == 0 && Arrays.equals(nodes, p.nodes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(nodes) + Double.hashCode(cost);
    }

    /** Nodes joined by {@code >}, as in the anomalies CSV's evidence column, then the cost. */
    @Override
    public String toString() {
        return Arrays.stream(nodes).mapToObj(Integer::toString).collect(Collectors.joining(">")) + " (cost " + cost + ")";
    }
}
