package org.kyosei.analytics.centrality;

import java.util.function.IntFunction;

/**
 * Sums per-source contributions into one score array, in parallel, with the same floating-point
 * result at every concurrency.
 *
 * <p>The sources are cut into consecutive chunks whose size depends only on the number of
 * sources (at most {@link #TARGET_CHUNKS} chunks by default), never on the concurrency. Each
 * chunk adds its sources' contributions, in source order, into a chunk buffer of n doubles; the
 * buffers are then added into the total in chunk order. Chunks run in rounds of as many chunks
 * as there are buffers (one per worker, fewer when {@link #BUFFER_BYTES_MAX} would be exceeded);
 * the merge after each round is parallel over node blocks. So every node's score is the same
 * sequence of additions, whoever computed it.
 *
 * <p>Memory: one n-double buffer per worker (capped by {@link #BUFFER_BYTES_MAX}) plus the
 * kernels' own workspaces; the extra work is one pass over n per chunk.
 */
final class SourceReduction {

    /** Upper bound on the number of source chunks (so on the merge passes over n). */
    static final int TARGET_CHUNKS = 256;
    /** Upper bound on the memory held by chunk buffers, unless a single buffer is larger. */
    static final long BUFFER_BYTES_MAX = 1L << 30;
    /** Nodes per block in the parallel merge. */
    static final int MERGE_BLOCK = 1 << 14;

    /**
     * A per-worker traversal that adds the contributions of {@code sources[from..to)}, in that
     * order, to {@code partial}.
     */
    @FunctionalInterface
    interface Kernel {
        void accumulate(int[] sources, int from, int to, double[] partial);
    }

    /** A chunk size giving at most {@link #TARGET_CHUNKS} chunks. */
    static int defaultChunkSize(int sourceCount) {
        return Math.max(1, WorkerPool.chunkCount(sourceCount, TARGET_CHUNKS));
    }

    private SourceReduction() {
    }

    /**
     * Runs {@code kernel} (one instance per worker, made on first use) on consecutive chunks of
     * {@code chunkSize} sources and returns the per-node sums.
     */
    static double[] run(WorkerPool pool, int nodeCount, int[] sources, int chunkSize,
            IntFunction<Kernel> kernelFactory) {
        double[] total = new double[nodeCount];
        int sourceCount = sources.length;
        if (sourceCount == 0 || nodeCount == 0) {
            return total;
        }
        int chunkCount = WorkerPool.chunkCount(sourceCount, chunkSize);
        long bufferBytes = 8L * nodeCount;
        int wanted = Math.min(pool.concurrency(), chunkCount);
        int buffers = (int) Math.max(1, Math.min(wanted, BUFFER_BYTES_MAX / bufferBytes));
        double[][] partials = new double[buffers][nodeCount];
        Kernel[] kernels = new Kernel[pool.concurrency()];
        int mergeBlocks = WorkerPool.chunkCount(nodeCount, MERGE_BLOCK);
        for (int roundStart = 0; roundStart < chunkCount; roundStart += buffers) {
            int first = roundStart;
            int roundSize = Math.min(buffers, chunkCount - roundStart);
            pool.forEachChunk(roundSize, (worker, slot) -> {
                Kernel kernel = kernels[worker];
                if (kernel == null) {
                    kernel = kernelFactory.apply(worker);
                    kernels[worker] = kernel;
                }
                int chunk = first + slot;
                int from = chunk * chunkSize;
                int to = Math.min(sourceCount, from + chunkSize);
                kernel.accumulate(sources, from, to, partials[slot]);
            });
            pool.forEachChunk(mergeBlocks, (worker, block) -> {
                int from = block * MERGE_BLOCK;
                int to = Math.min(nodeCount, from + MERGE_BLOCK);
                for (int slot = 0; slot < roundSize; slot++) {
                    double[] partial = partials[slot];
                    for (int v = from; v < to; v++) {
                        total[v] += partial[v];
                        partial[v] = 0.0;
                    }
                }
            });
        }
        return total;
    }
}
