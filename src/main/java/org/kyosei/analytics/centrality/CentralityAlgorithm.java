package org.kyosei.analytics.centrality;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * A node centrality measure on an undirected simple {@link CsrGraph}: one score per node.
 *
 * <p>Implementations are immutable and thread-safe: parameters are fixed and validated in the
 * constructor, and {@link #compute(CsrGraph)} may be called any number of times, on any graph.
 * Parallel implementations give the same scores, bit for bit, at every concurrency.
 */
public interface CentralityAlgorithm {

    /**
     * Computes the scores of every node of {@code graph}.
     *
     * @param graph the graph; its node ids {@code 0..n-1} index the result
     * @return one score per node, with the measure's name and how it was computed
     * @throws IllegalArgumentException if the graph does not meet the algorithm's needs (for
     *     example a non-positive weight in a weighted shortest-path measure)
     */
    NodeScores compute(CsrGraph graph);

    /** The measure's name as used in a scores CSV column, e.g. {@code "betweenness"}. */
    String name();
}
