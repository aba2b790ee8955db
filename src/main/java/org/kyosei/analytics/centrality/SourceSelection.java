package org.kyosei.analytics.centrality;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which nodes a shortest-path measure starts a traversal from: all of them (exact) or a uniform
 * random sample drawn without replacement (an estimate for big graphs).
 */
public sealed interface SourceSelection {

    /** Every node is a source: the exact measure. */
    record All() implements SourceSelection {
    }

    /**
     * {@code count} sources drawn uniformly without replacement with a {@link SplittableRandom}
     * seeded by {@code seed}; the same seed on the same node count draws the same sources. When
     * {@code count >= n} every node is a source and the result is exact.
     *
     * @param count number of sources, at least 1
     * @param seed random seed
     */
    record Sample(int count, long seed) implements SourceSelection {
        public Sample {
            if (count < 1) {
                throw new IllegalArgumentException("sample size must be >= 1, got " + count);
            }
        }
    }

    /** Every node is a source. */
    static SourceSelection all() {
        return new All();
    }

    /** A seeded uniform sample of {@code count} sources; see {@link Sample}. */
    static SourceSelection sample(int count, long seed) {
        return new Sample(count, seed);
    }

    /**
     * {@link #all()} when the graph has at most {@code exactNodeLimit} nodes, otherwise a sample
     * of {@code sampleSize} sources: the policy "exact up to 50,000 nodes, 256 sampled sources
     * above" is {@code forGraphSize(n, 50_000, 256, seed)}.
     */
    static SourceSelection forGraphSize(int nodeCount, int exactNodeLimit, int sampleSize, long seed) {
        if (exactNodeLimit < 0) {
            throw new IllegalArgumentException("exact node limit must be >= 0, got " + exactNodeLimit);
        }
        return nodeCount <= exactNodeLimit ? all() : sample(sampleSize, seed);
    }

    /**
     * The sources for a graph of {@code nodeCount} nodes, sorted ascending: all nodes, or the
     * first {@code count} positions of a seeded partial Fisher–Yates shuffle of {@code 0..n-1}.
     */
    default int[] sources(int nodeCount) {
        int[] nodes = new int[nodeCount];
        Arrays.setAll(nodes, i -> i);
        if (this instanceof Sample sample && sample.count() < nodeCount) {
            int count = sample.count();
            SplittableRandom random = new SplittableRandom(sample.seed());
            for (int i = 0; i < count; i++) {
                int j = i + random.nextInt(nodeCount - i);
                int swap = nodes[i];
                nodes[i] = nodes[j];
                nodes[j] = swap;
            }
            int[] chosen = Arrays.copyOf(nodes, count);
            Arrays.sort(chosen);
            return chosen;
        }
        return nodes;
    }

    /** Whether this selection takes every node of a graph of {@code nodeCount} nodes. */
    default boolean coversAll(int nodeCount) {
        return !(this instanceof Sample sample) || sample.count() >= nodeCount;
    }
}
