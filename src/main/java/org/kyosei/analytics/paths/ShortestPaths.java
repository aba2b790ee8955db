package org.kyosei.analytics.paths;

import java.util.Optional;

/**
 * Shortest paths in an undirected graph, by hop count or by edge cost. Implementations are bound
 * to one graph at construction.
 */
public interface ShortestPaths {

    /**
     * One shortest path from {@code source} to {@code target}; empty when {@code target} cannot be
     * reached. The path from a node to itself is that single node, cost 0.
     *
     * @throws IllegalArgumentException when a node is outside {@code 0..n-1}
     */
    Optional<Path> path(int source, int target);

    /**
     * Shortest paths from {@code source} to every node.
     *
     * @throws IllegalArgumentException when {@code source} is outside {@code 0..n-1}
     */
    ShortestPathTree tree(int source);
}
