package org.kyosei.analytics.graph;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;

/**
 * An immutable undirected simple graph in compressed sparse row form: the neighbours of node
 * {@code v} are {@code targets[offsets[v] .. offsets[v+1])}, sorted ascending, each with its
 * weight at the same position in {@code weights}. Nodes are dense ints {@code 0..n-1}; each
 * undirected edge appears twice (once from each end). No self-loops, no parallel edges.
 *
 * <p>Algorithms read the arrays directly; {@link #asJGraphT()} gives a JGraphT view over the same
 * edges, so every JGraphT algorithm runs on it too.
 */
public final class CsrGraph {
    private final int[] offsets;
    private final int[] targets;
    private final double[] weights;

    CsrGraph(int[] offsets, int[] targets, double[] weights) {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
    }

    public int nodeCount() {
        return offsets.length - 1;
    }

    /** Number of undirected edges. */
    public long edgeCount() {
        return targets.length / 2;
    }

    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** Start of {@code node}'s neighbours in {@link #targets()}. */
    public int firstEdge(int node) {
        return offsets[node];
    }

    /** End (exclusive) of {@code node}'s neighbours in {@link #targets()}. */
    public int endEdge(int node) {
        return offsets[node + 1];
    }

    /** The backing offsets array (length n+1); do not modify. */
    public int[] offsets() {
        return offsets;
    }

    /** The backing neighbour array (length 2m); do not modify. */
    public int[] targets() {
        return targets;
    }

    /** The backing weight array, parallel to {@link #targets()}; do not modify. */
    public double[] weights() {
        return weights;
    }

    /** Whether {@code u} and {@code v} are adjacent (binary search, O(log degree)). */
    public boolean hasEdge(int u, int v) {
        return java.util.Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v) >= 0;
    }

    /** Weight of edge {u, v}, or NaN when there is none. */
    public double weight(int u, int v) {
        int at = java.util.Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v);
        return at >= 0 ? weights[at] : Double.NaN;
    }

    /**
     * A JGraphT graph over the same nodes ({@code 0..n-1}) and edges with their weights. It is
     * built once per call (O(n + m)), so keep it while you need it.
     */
    public Graph<Integer, Integer> asJGraphT() {
        List<Triple<Integer, Integer, Double>> edges = new ArrayList<>((int) edgeCount());
        for (int u = 0; u < nodeCount(); u++) {
            for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                int v = targets[e];
                if (u < v) {
                    edges.add(Triple.of(u, v, weights[e]));
                }
            }
        }
        return new SparseIntUndirectedWeightedGraph(nodeCount(), edges);
    }

    /** Approximate heap bytes held by this graph. */
    public long memoryBytes() {
        return 16L + 4L * offsets.length + 4L * targets.length + 8L * weights.length;
    }

    public static CsrGraphBuilder builder(int nodeCount) {
        return new CsrGraphBuilder(nodeCount);
    }

    /** A builder whose buffers start sized for {@code expectedEdges} added edges (a hint; they still grow). */
    public static CsrGraphBuilder builder(int nodeCount, int expectedEdges) {
        return new CsrGraphBuilder(nodeCount, expectedEdges);
    }
}
