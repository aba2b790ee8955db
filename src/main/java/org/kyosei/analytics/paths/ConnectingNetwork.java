package org.kyosei.analytics.paths;

/**
 * The connecting network of a set of nodes, as link-analysis tools draw it: the union of all
 * shortest paths between every pair of the given nodes. Implementations are bound to one graph
 * at construction.
 */
public interface ConnectingNetwork {

    /**
     * @param terminals the nodes to connect (duplicates are ignored)
     * @throws IllegalArgumentException when a terminal is outside {@code 0..n-1}, or there are
     *     more terminals than the implementation accepts
     */
    ConnectingSubgraph connect(int... terminals);
}
