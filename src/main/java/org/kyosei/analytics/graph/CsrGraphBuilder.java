package org.kyosei.analytics.graph;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Collects undirected edges (in any order, with duplicates, opposite directions and self-loops)
 * and builds a simple {@link CsrGraph}: self-loops are dropped and parallel edges merged by an
 * {@link EdgeAggregation}. Memory while building: 16 bytes per added edge. Each node's edges are sorted and
 * merged in parallel.
 */
public final class CsrGraphBuilder {
    private final int nodeCount;
    private int[] us;
    private int[] vs;
    private double[] ws;
    private int size;

    CsrGraphBuilder(int nodeCount) {
        this(nodeCount, 1024);
    }

    /** @param expectedEdges how many edges will be added (a hint: the arrays start at that size and still grow) */
    CsrGraphBuilder(int nodeCount, int expectedEdges) {
        if (nodeCount < 0) {
            throw new IllegalArgumentException("node count must be >= 0, got " + nodeCount);
        }
        this.nodeCount = nodeCount;
        int capacity = Math.max(16, expectedEdges);
        us = new int[capacity];
        vs = new int[capacity];
        ws = new double[capacity];
    }

    /** Adds edge {u, v} with weight 1. */
    public CsrGraphBuilder addEdge(int u, int v) {
        return addEdge(u, v, 1.0);
    }

    /** Adds edge {u, v}; a self-loop is ignored. */
    public CsrGraphBuilder addEdge(int u, int v, double weight) {
        if (u < 0 || u >= nodeCount || v < 0 || v >= nodeCount) {
            throw new IllegalArgumentException("edge {" + u + ", " + v + "} outside nodes 0.." + (nodeCount - 1));
        }
        if (u == v) {
            return this;
        }
        if (size == us.length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, us.length * 2L);
            us = Arrays.copyOf(us, capacity);
            vs = Arrays.copyOf(vs, capacity);
            ws = Arrays.copyOf(ws, capacity);
        }
        us[size] = u;
        vs[size] = v;
        ws[size] = weight;
        size++;
        return this;
    }

    public CsrGraph build(EdgeAggregation aggregation) {
        int[] degree = new int[nodeCount];
        for (int i = 0; i < size; i++) {
            degree[us[i]]++;
            degree[vs[i]]++;
        }
        int[] counts = Offsets.of(degree);
        int[] cursor = Arrays.copyOf(counts, nodeCount);
        int[] rawTargets = new int[2 * size];
        double[] rawWeights = new double[2 * size];
        for (int i = 0; i < size; i++) {
            int a = cursor[us[i]]++;
            rawTargets[a] = vs[i];
            rawWeights[a] = ws[i];
            int b = cursor[vs[i]]++;
            rawTargets[b] = us[i];
            rawWeights[b] = ws[i];
        }
        // Each node's run is sorted and merged in place, in parallel; then the runs are packed together.
        int[] kept = new int[nodeCount];
        IntStream.range(0, nodeCount).parallel()
                .forEach(v -> kept[v] = sortAndMerge(rawTargets, rawWeights, counts[v], counts[v + 1], aggregation));
        int[] offsets = Offsets.of(kept);
        int[] targets = new int[offsets[nodeCount]];
        double[] weights = new double[offsets[nodeCount]];
        IntStream.range(0, nodeCount).parallel().forEach(v -> {
            System.arraycopy(rawTargets, counts[v], targets, offsets[v], kept[v]);
            System.arraycopy(rawWeights, counts[v], weights, offsets[v], kept[v]);
        });
        return new CsrGraph(offsets, targets, weights);
    }

    /**
     * Sorts the run {@code [from, to)} by target and merges parallel edges at its start by the aggregation.
     *
     * @return how many distinct targets the run keeps
     */
    private static int sortAndMerge(int[] targets, double[] weights, int from, int to, EdgeAggregation aggregation) {
        sortByTarget(targets, weights, from, to);
        int written = from;
        for (int e = from; e < to; e++) {
            double w = aggregation == EdgeAggregation.COUNT_ONCE ? 1.0 : weights[e];
            if (written > from && targets[written - 1] == targets[e]) {
                if (aggregation == EdgeAggregation.SUM) {
                    weights[written - 1] += w;
                } else if (aggregation == EdgeAggregation.MAX) {
                    weights[written - 1] = Math.max(weights[written - 1], w);
                }
            } else {
                targets[written] = targets[e];
                weights[written] = w;
                written++;
            }
        }
        return written - from;
    }

    /** Insertion sort for short runs, otherwise sort an index permutation; keeps weights aligned. */
    private static void sortByTarget(int[] targets, double[] weights, int from, int to) {
        int length = to - from;
        if (length < 2) {
            return;
        }
        if (length <= 32) {
            for (int i = from + 1; i < to; i++) {
                int t = targets[i];
                double w = weights[i];
                int j = i - 1;
                while (j >= from && targets[j] > t) {
                    targets[j + 1] = targets[j];
                    weights[j + 1] = weights[j];
                    j--;
                }
                targets[j + 1] = t;
                weights[j + 1] = w;
            }
            return;
        }
        long[] packed = new long[length];
        for (int i = 0; i < length; i++) {
            packed[i] = ((long) targets[from + i] << 32) | i;
        }
        Arrays.sort(packed);
        double[] sortedWeights = new double[length];
        for (int i = 0; i < length; i++) {
            int original = (int) packed[i];
            targets[from + i] = (int) (packed[i] >>> 32);
            sortedWeights[i] = weights[from + original];
        }
        System.arraycopy(sortedWeights, 0, weights, from, length);
    }
}
