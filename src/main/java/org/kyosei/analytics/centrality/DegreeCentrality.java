package org.kyosei.analytics.centrality;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Degree centrality: the number of distinct neighbours of each node. The graph is simple
 * (parallel and opposite relationships were merged into one edge when it was built), so this is
 * the CSR degree. Weights are ignored. Not normalised (divide by {@code n-1} for the [0, 1]
 * scale). {@code O(n)} time; always exact.
 */
public final class DegreeCentrality implements CentralityAlgorithm {

    /** The measure's name. */
    public static final String NAME = "degree";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NodeScores compute(CsrGraph graph) {
        Checks.graph(graph);
        int n = graph.nodeCount();
        double[] scores = new double[n];
        for (int v = 0; v < n; v++) {
            scores[v] = graph.degree(v);
        }
        return new NodeScores(NAME, scores, true, "distinct neighbours");
    }
}
