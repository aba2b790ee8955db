package org.kyosei.analytics.disruption;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.structure.BfsConnectedComponents;
import org.kyosei.analytics.structure.ConnectedComponents;

/**
 * Targeted node removal, after the method of Cavallaro et al.: rank the nodes with a
 * {@link NodeRanking}, remove the highest ranked (ties: lower node id), and after every removal
 * measure the largest connected component (LCC) of what remains, as a size and as a fraction of
 * the original node count.
 *
 * <p>{@link RemovalMode#SEQUENTIAL} recomputes the ranking on the remaining graph after each
 * removal (the paper's "sequential" or adaptive attack); {@link RemovalMode#BLOCK} ranks once on
 * the whole graph and removes the top K in that order (the "block" or simultaneous attack).
 *
 * <p>Reference: L. Cavallaro, A. Ficara, P. De Meo, G. Fiumara, S. Catanese, O. Bagdasar, W. Song,
 * A. Liotta, "Disrupting resilient criminal networks through data analysis: the case of Sicilian
 * Mafia", PLoS ONE 15(8): e0236476 (2020).
 *
 * <p>Removal is a mask (a {@link BitSet}); the graph is never rebuilt. Time: per step O(n + m)
 * for the LCC, plus one ranking per step (sequential) or one in all (block), plus O(n log K) to
 * pick the block. The ranking receives a copy of the mask. Immutable and thread-safe when the
 * ranking is.
 */
public final class TargetedRemovalSimulation implements DisruptionSimulation {

    private final NodeRanking ranking;
    private final RemovalMode mode;
    private final ConnectedComponents components = new BfsConnectedComponents();

    public TargetedRemovalSimulation(NodeRanking ranking, RemovalMode mode) {
        this.ranking = Objects.requireNonNull(ranking, "ranking must not be null");
        this.mode = Objects.requireNonNull(mode, "mode must not be null");
    }

    @Override
    public DisruptionResult simulate(CsrGraph graph, int removals) {
        Objects.requireNonNull(graph, "graph must not be null");
        int n = graph.nodeCount();
        if (removals < 0 || removals > n) {
            throw new IllegalArgumentException("removals must be in 0.." + n + " (the node count), got " + removals);
        }
        BitSet removed = new BitSet(n);
        int initialLcc = components.compute(graph, removed).largestSize();
        int[] order = mode == RemovalMode.BLOCK ? topK(scores(graph, removed), removed, removals) : null;
        List<DisruptionStep> steps = new ArrayList<>(removals);
        for (int step = 1; step <= removals; step++) {
            int node = order != null ? order[step - 1] : best(scores(graph, removed), removed);
            removed.set(node);
            int lcc = components.compute(graph, removed).largestSize();
            steps.add(new DisruptionStep(step, node, lcc, (double) lcc / n));
        }
        return new DisruptionResult(n, initialLcc, steps);
    }

    private double[] scores(CsrGraph graph, BitSet removed) {
        double[] scores = ranking.score(graph, (BitSet) removed.clone());
        if (scores == null || scores.length != graph.nodeCount()) {
            throw new IllegalStateException("ranking " + ranking + " returned "
                    + (scores == null ? "null" : scores.length + " scores") + " for a graph of "
                    + graph.nodeCount() + " nodes");
        }
        for (int v = 0; v < scores.length; v++) {
            if (Double.isNaN(scores[v]) && !removed.get(v)) {
                throw new IllegalStateException("ranking " + ranking + " returned NaN for node " + v);
            }
        }
        return scores;
    }

    /** The present node with the highest score, lower id on ties. */
    private static int best(double[] scores, BitSet removed) {
        int best = -1;
        for (int v = removed.nextClearBit(0); v < scores.length; v = removed.nextClearBit(v + 1)) {
            if (best < 0 || scores[v] > scores[best]) {
                best = v;
            }
        }
        return best;
    }

    /** The k present nodes with the highest scores, best first (lower id on ties): a bounded heap. */
    static int[] topK(double[] scores, BitSet removed, int k) {
        if (k == 0) {
            return new int[0];
        }
        int[] heap = new int[k]; // min-heap: worst of the kept at the root
        int size = 0;
        for (int v = 0; v < scores.length; v++) {
            if (removed.get(v)) {
                continue;
            }
            if (size < k) {
                heap[size] = v;
                siftUp(heap, size++, scores);
            } else if (ranksAbove(v, heap[0], scores)) {
                heap[0] = v;
                siftDown(heap, 0, size, scores);
            }
        }
        int[] order = new int[size];
        for (int at = size - 1; at >= 0; at--) {
            order[at] = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, 0, size, scores);
        }
        return order;
    }

    private static boolean ranksAbove(int a, int b, double[] scores) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }

    private static void siftUp(int[] heap, int at, double[] scores) {
        int v = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!ranksAbove(heap[parent], v, scores)) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = v;
    }

    private static void siftDown(int[] heap, int at, int size, double[] scores) {
        int v = heap[at];
        while (2 * at + 1 < size) {
            int child = 2 * at + 1;
            if (child + 1 < size && ranksAbove(heap[child], heap[child + 1], scores)) {
                child++;
            }
            if (!ranksAbove(v, heap[child], scores)) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = v;
    }

    @Override
    public String toString() {
        return "TargetedRemovalSimulation[ranking=" + ranking + ", mode=" + mode + "]";
    }
}
