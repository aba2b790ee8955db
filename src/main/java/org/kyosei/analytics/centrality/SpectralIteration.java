package org.kyosei.analytics.centrality;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Parallel building blocks for power iterations over fixed node blocks, so that every reduction
 * is the same sequence of additions at every concurrency.
 */
final class SpectralIteration {

    /** Nodes per parallel block (fixed, so that sums do not depend on the concurrency). */
    static final int BLOCK = 1 << 12;

    private final WorkerPool pool;
    private final int[] offsets;
    private final int[] targets;
    private final double[] weights;
    private final int n;
    private final int blocks;
    private final double[] blockSums;

    SpectralIteration(WorkerPool pool, CsrGraph graph, boolean weighted) {
        this.pool = pool;
        this.offsets = graph.offsets();
        this.targets = graph.targets();
        this.weights = weighted ? graph.weights() : null;
        this.n = graph.nodeCount();
        this.blocks = WorkerPool.chunkCount(n, BLOCK);
        this.blockSums = new double[blocks];
    }

    /**
     * {@code y[v] = scale·Σ_{u ∈ N(v)} w(u,v)·x[u] + selfWeight·x[v] + shift}; returns
     * {@code Σ y[v]²}.
     */
    double multiply(double[] x, double[] y, double scale, double selfWeight, double shift) {
        pool.forEachChunk(blocks, (worker, block) -> {
            int from = block * BLOCK;
            int to = Math.min(n, from + BLOCK);
            double squares = 0.0;
            for (int v = from; v < to; v++) {
                double sum = 0.0;
                if (weights == null) {
                    for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                        sum += x[targets[e]];
                    }
                } else {
                    for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                        sum += x[targets[e]] * weights[e];
                    }
                }
                double value = scale * sum + selfWeight * x[v] + shift;
                y[v] = value;
                squares += value * value;
            }
            blockSums[block] = squares;
        });
        return ordered();
    }

    /** {@code y[v] *= factor}; returns {@code Σ |y[v] − x[v]|} after scaling. */
    double scaleAndCompare(double[] y, double factor, double[] x) {
        pool.forEachChunk(blocks, (worker, block) -> {
            int from = block * BLOCK;
            int to = Math.min(n, from + BLOCK);
            double change = 0.0;
            for (int v = from; v < to; v++) {
                double value = y[v] * factor;
                y[v] = value;
                change += Math.abs(value - x[v]);
            }
            blockSums[block] = change;
        });
        return ordered();
    }

    private double ordered() {
        double total = 0.0;
        for (int b = 0; b < blocks; b++) {
            total += blockSums[b];
        }
        return total;
    }

    /** Largest (weighted) degree: an upper bound on the adjacency matrix's spectral radius. */
    static double maxStrength(CsrGraph graph, boolean weighted) {
        double max = 0.0;
        double[] weights = graph.weights();
        for (int v = 0; v < graph.nodeCount(); v++) {
            double s = 0.0;
            if (weighted) {
                for (int e = graph.firstEdge(v); e < graph.endEdge(v); e++) {
                    s += weights[e];
                }
            } else {
                s = graph.degree(v);
            }
            max = Math.max(max, s);
        }
        return max;
    }
}
