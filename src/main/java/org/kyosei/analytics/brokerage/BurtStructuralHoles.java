package org.kyosei.analytics.brokerage;

import java.util.Arrays;
import java.util.Objects;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Burt's constraint and effective size.
 *
 * <p>Definitions, for a node {@code i} with neighbours {@code N(i)}:
 * <ul>
 *   <li>proportional tie strength {@code p_ij = (w_ij + w_ji) / sum_k (w_ik + w_ki)}; on our
 *       undirected graph {@code w_ij = w_ji}, so {@code p_ij = w_ij / s_i} with
 *       {@code s_i = sum_k w_ik} (weighted), or {@code 1 / deg(i)} (unweighted, every edge 1);
 *   <li>constraint {@code c_i = sum_{j in N(i)} (p_ij + sum_{q in N(i), q != j} p_iq p_qj)^2};
 *   <li>effective size, weighted: {@code E_i = sum_{j in N(i)} (1 - sum_{q in N(i), q != j} p_iq m_jq)}
 *       with the marginal strength {@code m_jq = w_jq / max_k w_jk}; unweighted, Borgatti's
 *       simplification {@code E_i = n - 2t / n} with {@code n = deg(i)} and {@code t} the number
 *       of edges among {@code i}'s neighbours (the two agree when every weight is 1).
 * </ul>
 * An isolated node has constraint NaN (no ties to be constrained by, as in NetworkX) and effective
 * size 0 (no contacts; NetworkX gives NaN here). The values equal NetworkX's {@code constraint}
 * and {@code effective_size} on every non-isolated node (weighted effective size: as NetworkX
 * computes it node by node, {@code effective_size(G, nodes=..., weight=...)}; its vectorised
 * all-nodes branch in 3.6 normalises the marginal strength by the wrong end's strongest tie).
 *
 * <p>References: R. S. Burt, <i>Structural Holes: The Social Structure of Competition</i>,
 * Harvard University Press (1992); S. P. Borgatti, "Structural holes: unpacking Burt's
 * redundancy measures", Connections 20(1):35–38 (1997).
 *
 * <p>Weighted mode needs finite weights > 0. Time: for each edge {i, j} the common neighbours are
 * found by scanning the smaller of the two neighbour lists against a marked array, or by binary
 * search, so O(sum over edges of min(deg i, deg j) * log) — at most O(m^1.5 log n); memory O(n)
 * per worker. Parallel over nodes; each node's value is computed by one thread in a fixed order,
 * so results are identical for every concurrency. Immutable and thread-safe.
 */
public final class BurtStructuralHoles implements StructuralHoles {

    private final boolean weighted;
    private final int concurrency;

    /** Unweighted, all available processors. */
    public BurtStructuralHoles() {
        this(false);
    }

    /** All available processors. */
    public BurtStructuralHoles(boolean weighted) {
        this(weighted, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param weighted whether to use the stored edge weights instead of 1 per edge
     * @param concurrency worker threads, at least 1
     * @throws IllegalArgumentException when concurrency is below 1
     */
    public BurtStructuralHoles(boolean weighted, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        this.weighted = weighted;
        this.concurrency = concurrency;
    }

    @Override
    public StructuralHoleScores compute(CsrGraph graph) {
        Objects.requireNonNull(graph, "graph must not be null");
        int n = graph.nodeCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] weights = graph.weights();
        double[] strength = new double[n];
        double[] maxWeight = new double[n];
        for (int u = 0; u < n; u++) {
            double s = 0;
            double max = 0;
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                double w = 1.0;
                if (weighted) {
                    w = weights[e];
                    if (!(w > 0) || Double.isInfinite(w)) {
                        throw new IllegalArgumentException("edge weight must be finite and > 0 for weighted "
                                + "structural holes, got " + w + " on edge {" + u + ", " + targets[e] + "}");
                    }
                }
                s += w;
                max = Math.max(max, w);
            }
            strength[u] = s;
            maxWeight[u] = max;
        }
        double[] constraint = new double[n];
        double[] effectiveSize = new double[n];
        NodeRanges.run(n, concurrency, () -> new Scratch(n), (from, to, scratch) -> {
            for (int i = from; i < to; i++) {
                computeNode(i, offsets, targets, weights, strength, maxWeight, scratch, constraint, effectiveSize);
            }
        });
        return new StructuralHoleScores(constraint, effectiveSize);
    }

    private void computeNode(int i, int[] offsets, int[] targets, double[] weights, double[] strength,
            double[] maxWeight, Scratch s, double[] constraint, double[] effectiveSize) {
        int start = offsets[i];
        int end = offsets[i + 1];
        int degree = end - start;
        if (degree == 0) {
            constraint[i] = Double.NaN;
            effectiveSize[i] = 0.0;
            return;
        }
        int mark = s.nextMark();
        for (int e = start; e < end; e++) {
            int j = targets[e];
            s.markedBy[j] = mark;
            s.p[j] = weight(weights, e) / strength[i];
        }
        double c = 0;
        double redundancy = 0;
        long commonIncidences = 0;
        for (int e = start; e < end; e++) {
            int j = targets[e];
            int jStart = offsets[j];
            int jEnd = offsets[j + 1];
            double indirect = 0;
            double redundant = 0;
            if (jEnd - jStart <= degree) {
                for (int f = jStart; f < jEnd; f++) {
                    int q = targets[f];
                    if (s.markedBy[q] == mark) {
                        double wjq = weight(weights, f);
                        indirect += s.p[q] * wjq / strength[q];
                        redundant += s.p[q] * wjq;
                        commonIncidences++;
                    }
                }
            } else {
                for (int f = start; f < end; f++) {
                    int q = targets[f];
                    int at = Arrays.binarySearch(targets, jStart, jEnd, q);
                    if (at >= 0) {
                        double wjq = weight(weights, at);
                        indirect += s.p[q] * wjq / strength[q];
                        redundant += s.p[q] * wjq;
                        commonIncidences++;
                    }
                }
            }
            double local = s.p[j] + indirect;
            c += local * local;
            redundancy += redundant / maxWeight[j];
        }
        constraint[i] = c;
        effectiveSize[i] = weighted
                ? degree - redundancy
                : degree - (double) commonIncidences / degree;
    }

    private double weight(double[] weights, int e) {
        return weighted ? weights[e] : 1.0;
    }

    private static final class Scratch {
        final int[] markedBy;
        final double[] p;
        private int mark;

        Scratch(int n) {
            markedBy = new int[n];
            p = new double[n];
        }

        int nextMark() {
            if (mark == Integer.MAX_VALUE) {
                Arrays.fill(markedBy, 0);
                mark = 0;
            }
            return ++mark;
        }
    }

    @Override
    public String toString() {
        return "BurtStructuralHoles[weighted=" + weighted + ", concurrency=" + concurrency + "]";
    }
}
