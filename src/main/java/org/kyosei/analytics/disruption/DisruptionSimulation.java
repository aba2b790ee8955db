package org.kyosei.analytics.disruption;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * What-if removal of key actors: removes nodes one at a time and reports how the largest
 * connected component shrinks.
 */
public interface DisruptionSimulation {

    /**
     * @param graph the network
     * @param removals how many nodes to remove, 0..n
     * @throws IllegalArgumentException when {@code removals} is outside {@code 0..n}
     */
    DisruptionResult simulate(CsrGraph graph, int removals);
}
