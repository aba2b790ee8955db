package org.kyosei.analytics.paths;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * The cost of every stored edge entry: 1 in hop-count mode, or a caller's transform of the stored
 * weight, evaluated once per entry and checked: a cost must be >= 0 (Dijkstra's condition) and not
 * NaN; +infinity marks an edge that may not be used.
 */
final class EdgeCosts {

    private final double[] costs;

    private EdgeCosts(double[] costs) {
        this.costs = costs;
    }

    static EdgeCosts hops() {
        return new EdgeCosts(null);
    }

    static EdgeCosts of(CsrGraph graph, DoubleUnaryOperator costOfWeight) {
        Objects.requireNonNull(graph, "graph must not be null");
        Objects.requireNonNull(costOfWeight, "costOfWeight must not be null");
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] weights = graph.weights();
        double[] costs = new double[weights.length];
        for (int u = 0; u < graph.nodeCount(); u++) {
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                double c = costOfWeight.applyAsDouble(weights[e]);
                if (!(c >= 0)) {
                    throw new IllegalArgumentException("edge cost must be >= 0 and not NaN, got " + c
                            + " for edge {" + u + ", " + targets[e] + "} of weight " + weights[e]);
                }
                costs[e] = c;
            }
        }
        return new EdgeCosts(costs);
    }

    boolean isHopCount() {
        return costs == null;
    }

    double cost(int edgeIndex) {
        return costs == null ? 1.0 : costs[edgeIndex];
    }

    /** Cost of the path through {@code nodes} (consecutive nodes must be adjacent). */
    double pathCost(CsrGraph graph, int[] nodes) {
        if (costs == null) {
            return nodes.length - 1;
        }
        double total = 0;
        int[] targets = graph.targets();
        for (int i = 0; i + 1 < nodes.length; i++) {
            int at = Arrays.binarySearch(targets, graph.firstEdge(nodes[i]), graph.endEdge(nodes[i]),
                    nodes[i + 1]);
            if (at < 0) {
                throw new IllegalStateException("nodes " + nodes[i] + " and " + nodes[i + 1] + " are not adjacent");
            }
            total += costs[at];
        }
        return total;
    }

    static void checkNode(CsrGraph graph, int node, String role) {
        if (node < 0 || node >= graph.nodeCount()) {
            throw new IllegalArgumentException(role + " " + node + " is outside nodes 0.."
                    + (graph.nodeCount() - 1));
        }
    }
}
