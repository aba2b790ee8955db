package org.kyosei.analytics.disruption;

import java.util.BitSet;
import java.util.function.Function;

import org.kyosei.analytics.centrality.NodeScores;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;

/**
 * Ranks nodes by any centrality measure computed on the graph that remains after the removals:
 * removed nodes keep their index but lose every edge, so the measure sees the network the
 * arrests would leave. Rebuilding the remaining graph costs O(n + m) per ranking.
 */
public final class CentralityRanking implements NodeRanking {
    private final Function<CsrGraph, NodeScores> measure;

    public CentralityRanking(Function<CsrGraph, NodeScores> measure) {
        this.measure = measure;
    }

    @Override
    public double[] score(CsrGraph graph, BitSet removed) {
        CsrGraph remaining = removed.isEmpty() ? graph : without(graph, removed);
        return measure.apply(remaining).scores();
    }

    static CsrGraph without(CsrGraph graph, BitSet removed) {
        var builder = CsrGraph.builder(graph.nodeCount());
        int[] targets = graph.targets();
        double[] weights = graph.weights();
        for (int u = 0; u < graph.nodeCount(); u++) {
            if (removed.get(u)) {
                continue;
            }
            for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                int v = targets[e];
                if (u < v && !removed.get(v)) {
                    builder.addEdge(u, v, weights[e]);
                }
            }
        }
        return builder.build(EdgeAggregation.MAX);
    }
}
