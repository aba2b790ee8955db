package org.kyosei.analytics.community;

import java.util.Objects;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Modularity of any partition of an undirected graph.
 *
 * <p>Definition (Newman and Girvan 2004, with the resolution parameter of Reichardt and
 * Bornholdt 2006):
 * <pre>
 *   Q = (1 / 2m) * sum_ij [ A_ij - gamma * k_i k_j / 2m ] * delta(c_i, c_j)
 *     = sum_c [ L_c / m - gamma * (D_c / 2m)^2 ]
 * </pre>
 * where {@code A} is the (weighted or 0/1) adjacency matrix, {@code k_i} the (weighted) degree,
 * {@code m} the total edge weight, {@code L_c} the weight of edges inside community {@code c} and
 * {@code D_c} the sum of degrees in it. With {@code gamma = 1} this is the classic modularity
 * (NetworkX's {@code modularity}, igraph's {@code modularity}, JGraphT's
 * {@code UndirectedModularityMeasurer}).
 *
 * <p>Reference: M. E. J. Newman, M. Girvan, "Finding and evaluating community structure in
 * networks", Physical Review E 69, 026113 (2004).
 *
 * <p>A graph without edges (or with total weight 0) has modularity 0 by convention here (the
 * formula divides by zero). Time O(n + m).
 */
public final class Modularity {

    /** The classic resolution, {@code gamma = 1}. */
    public static final double RESOLUTION_DEFAULT = 1.0;

    private Modularity() {
    }

    /** Unweighted modularity (every edge counts 1) at resolution 1. */
    public static double of(CsrGraph graph, int[] partition) {
        return of(graph, partition, RESOLUTION_DEFAULT, false);
    }

    /**
     * Modularity of {@code partition} (one label per node, any int values).
     *
     * @param resolution gamma, finite and >= 0
     * @param weighted whether to use the stored edge weights (they must be finite and >= 0)
     *     instead of 1 per edge
     * @throws IllegalArgumentException when the partition length differs from the node count,
     *     when the resolution is negative or not finite, or when a used weight is negative or not
     *     finite
     */
    public static double of(CsrGraph graph, int[] partition, double resolution, boolean weighted) {
        Objects.requireNonNull(graph, "graph must not be null");
        Objects.requireNonNull(partition, "partition must not be null");
        int n = graph.nodeCount();
        if (partition.length != n) {
            throw new IllegalArgumentException(
                    "partition has " + partition.length + " labels for a graph of " + n + " nodes");
        }
        if (!(resolution >= 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be finite and >= 0, got " + resolution);
        }
        if (weighted) {
            checkWeights(graph);
        }
        int[] labels = Partitions.renumberByFirstAppearance(partition);
        int count = Partitions.count(labels);
        double[] inside = new double[count];
        double[] degreeSum = new double[count];
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] weights = graph.weights();
        double twiceM = 0;
        for (int u = 0; u < n; u++) {
            int cu = labels[u];
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                double w = weighted ? weights[e] : 1.0;
                degreeSum[cu] += w;
                if (labels[targets[e]] == cu) {
                    inside[cu] += w; // every inside edge is seen from both ends: 2 * L_c
                }
            }
        }
        for (double d : degreeSum) {
            twiceM += d;
        }
        if (twiceM == 0) {
            return 0.0;
        }
        double q = 0;
        for (int c = 0; c < count; c++) {
            double share = degreeSum[c] / twiceM;
            q += inside[c] / twiceM - resolution * share * share;
        }
        return q;
    }

    static void checkWeights(CsrGraph graph) {
        double[] weights = graph.weights();
        int[] targets = graph.targets();
        int[] offsets = graph.offsets();
        for (int u = 0; u < graph.nodeCount(); u++) {
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                double w = weights[e];
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("edge weight must be finite and >= 0, got " + w
                            + " on edge {" + u + ", " + targets[e] + "}");
                }
            }
        }
    }
}
