package org.kyosei.analytics.structure;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Finds the articulation points (cut vertices) and bridges (cut edges) of an undirected graph.
 * In a network of people and organizations these are the single actors and single ties whose
 * loss would split a group apart.
 */
public interface ArticulationPointsAndBridges {

    /** The cut vertices and cut edges of {@code graph}; disconnected graphs are handled per component. */
    CutElements compute(CsrGraph graph);
}
