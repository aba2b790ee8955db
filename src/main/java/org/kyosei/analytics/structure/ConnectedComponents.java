package org.kyosei.analytics.structure;

import java.util.BitSet;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Finds the connected components of an undirected graph: the maximal sets of nodes in which every
 * pair is joined by a path.
 *
 * <p>Implementations run in O(n + m) time.
 */
public interface ConnectedComponents {

    /** The components of the whole graph. */
    Components compute(CsrGraph graph);

    /**
     * The components of the graph with the nodes in {@code removed} (and their edges) deleted;
     * removed nodes get the label {@link Components#REMOVED}.
     *
     * @throws IllegalArgumentException when {@code removed} holds a node outside {@code 0..n-1}
     */
    Components compute(CsrGraph graph, BitSet removed);
}
