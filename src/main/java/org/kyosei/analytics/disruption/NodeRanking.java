package org.kyosei.analytics.disruption;

import java.util.BitSet;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Scores the nodes that are still present, to choose which to remove next. Higher scores are
 * removed first; ties go to the lower node id.
 */
@FunctionalInterface
public interface NodeRanking {

    /**
     * @param graph the original graph
     * @param removed nodes already removed: they and their edges must be treated as absent (do not
     *     modify this set)
     * @return one score per node of {@code graph} (length n); the scores of removed nodes are
     *     ignored; scores must not be NaN
     */
    double[] score(CsrGraph graph, BitSet removed);
}
