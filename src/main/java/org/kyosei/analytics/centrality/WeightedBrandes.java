package org.kyosei.analytics.centrality;

import org.kyosei.analytics.graph.IndexedMinHeap;

import java.util.Arrays;

/**
 * Brandes from one source by Dijkstra with an indexed binary heap; reusable across sources.
 * Predecessors go to slots in each node's own range of the CSR positions (a node has at most
 * degree-many) rather than to successor runs: under Dijkstra a recorded arc is void when a
 * shorter path to its head turns up later, and resetting a node's own slots handles that.
 */
final class WeightedBrandes implements BrandesSource {
    private final int[] offsets;
    private final int[] targets;
    private final double[] weights;
    private final double[] distance;
    private final double[] sigma;
    private final double[] delta;
    /** Settling order (non-decreasing distance), read backwards in the reverse pass. */
    private final int[] order;
    private final int[] predecessors;
    private final int[] predecessorEnd;
    private final IndexedMinHeap heap;

    WeightedBrandes(Adjacency graph) {
        int n = graph.nodeCount();
        this.offsets = graph.offsets();
        this.targets = graph.targets();
        this.weights = graph.weights();
        this.distance = new double[n];
        this.sigma = new double[n];
        this.delta = new double[n];
        this.order = new int[n];
        this.predecessors = new int[graph.targets().length];
        this.predecessorEnd = new int[n];
        this.heap = new IndexedMinHeap(n, false);
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        heap.keys(distance);
    }

    @Override
    public void accumulate(int source, double[] partial) {
        int[] offsets = this.offsets;
        int[] targets = this.targets;
        double[] weights = this.weights;
        double[] distance = this.distance;
        double[] sigma = this.sigma;
        int[] order = this.order;
        int[] predecessors = this.predecessors;
        int[] predecessorEnd = this.predecessorEnd;
        IndexedMinHeap heap = this.heap;

        distance[source] = 0.0;
        sigma[source] = 1.0;
        predecessorEnd[source] = offsets[source];
        heap.insert(source);
        int settled = 0;
        while (!heap.isEmpty()) {
            int v = heap.pollMin();
            order[settled++] = v;
            double dv = distance[v];
            double paths = sigma[v];
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                int w = targets[e];
                double candidate = dv + weights[e];
                double dw = distance[w];
                if (candidate < dw) {
                    // a shorter path: w's earlier predecessors and path count are void
                    distance[w] = candidate;
                    sigma[w] = paths;
                    int slot = offsets[w];
                    predecessors[slot] = v;
                    predecessorEnd[w] = slot + 1;
                    if (dw == Double.POSITIVE_INFINITY) {
                        heap.insert(w);
                    } else {
                        heap.decreased(w);
                    }
                } else if (candidate == dw) {
                    sigma[w] += paths;
                    predecessors[predecessorEnd[w]++] = v;
                }
            }
        }
        accumulateDependencies(order, settled, offsets, predecessors, predecessorEnd, sigma, delta, partial);
        for (int i = 0; i < settled; i++) {
            distance[order[i]] = Double.POSITIVE_INFINITY;
        }
    }

    /**
     * The weighted kernel's reverse pass: for w in reverse settling order (the source last,
     * skipped), push {@code σ_v/σ_w·(1 + δ_w)} to each predecessor v, add δ_w to the partial
     * sums, then clear the visited nodes' state.
     */
    private static void accumulateDependencies(int[] order, int count, int[] offsets, int[] predecessors,
            int[] predecessorEnd, double[] sigma, double[] delta, double[] partial) {
        for (int i = count - 1; i > 0; i--) {
            int w = order[i];
            double dependency = delta[w];
            double coefficient = (1.0 + dependency) / sigma[w];
            for (int e = offsets[w], end = predecessorEnd[w]; e < end; e++) {
                int v = predecessors[e];
                delta[v] += sigma[v] * coefficient;
            }
            partial[w] += dependency;
        }
        for (int i = 0; i < count; i++) {
            int v = order[i];
            sigma[v] = 0.0;
            delta[v] = 0.0;
        }
    }
}
