package org.kyosei.analytics.disruption;

import java.util.BitSet;
import java.util.Objects;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Ranks nodes by their degree in the graph that remains: the number of neighbours not yet
 * removed. Removed nodes score 0. Time O(n + m). Stateless and thread-safe.
 */
public final class DegreeRanking implements NodeRanking {

    @Override
    public double[] score(CsrGraph graph, BitSet removed) {
        Objects.requireNonNull(graph, "graph must not be null");
        Objects.requireNonNull(removed, "removed must not be null");
        int n = graph.nodeCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] score = new double[n];
        boolean none = removed.isEmpty();
        for (int v = 0; v < n; v++) {
            if (!none && removed.get(v)) {
                continue;
            }
            if (none) {
                score[v] = offsets[v + 1] - offsets[v];
                continue;
            }
            int degree = 0;
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                if (!removed.get(targets[e])) {
                    degree++;
                }
            }
            score[v] = degree;
        }
        return score;
    }

    @Override
    public String toString() {
        return "degree";
    }
}
