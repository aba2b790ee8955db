package org.kyosei.analytics.bench;

import java.util.SplittableRandom;

import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.analytics.graph.EdgeAggregation;

/**
 * A fast planted-partition random graph for benchmarks and tests: {@code n} nodes in groups of
 * {@code groupSize} (node {@code v} belongs to group {@code v / groupSize}); each of
 * edge picks a uniform node {@code u}, then with probability {@code pInside} a uniform node of
 * {@code u}'s group, otherwise a uniform node of the whole graph; self-loops and pairs already
 * drawn are drawn again, so the graph has exactly {@code edges} edges. Expected O(n + edges) time,
 * unlike generators that test every pair. Seeded.
 *
 * @param nodes node count
 * @param groupSize nodes per planted group
 * @param edges number of distinct edges
 * @param pInside probability that a draw stays inside the group
 * @param seed random seed
 */
public record PlantedPartitionGenerator(int nodes, int groupSize, long edges, double pInside, long seed) {

    public PlantedPartitionGenerator {
        if (nodes < 1) {
            throw new IllegalArgumentException("nodes must be >= 1, got " + nodes);
        }
        if (groupSize < 1 || groupSize > nodes) {
            throw new IllegalArgumentException("groupSize must be in 1.." + nodes + ", got " + groupSize);
        }
        if (edges < 0 || edges > (long) nodes * (nodes - 1) / 4) {
            throw new IllegalArgumentException("edges must be in 0.." + (long) nodes * (nodes - 1) / 4
                    + " (a quarter of all pairs), got " + edges);
        }
        if (!(pInside >= 0 && pInside <= 1)) {
            throw new IllegalArgumentException("pInside must be in [0, 1], got " + pInside);
        }
    }

    public CsrGraph generate() {
        SplittableRandom random = new SplittableRandom(seed);
        CsrGraphBuilder builder = CsrGraph.builder(nodes);
        int capacity = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, edges * 2))) << 1;
        long[] seen = new long[capacity]; // open addressing; 0 = empty, keys are (u, v) + 1
        int mask = capacity - 1;
        long added = 0;
        while (added < edges) {
            int u = random.nextInt(nodes);
            int v;
            if (random.nextDouble() < pInside) {
                int start = (u / groupSize) * groupSize;
                v = start + random.nextInt(Math.min(groupSize, nodes - start));
            } else {
                v = random.nextInt(nodes);
            }
            if (u == v) {
                continue;
            }
            long key = (((long) Math.min(u, v) << 32) | Math.max(u, v)) + 1;
            int slot = (int) (mix(key) & mask);
            while (seen[slot] != 0 && seen[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (seen[slot] == key) {
                continue;
            }
            seen[slot] = key;
            builder.addEdge(u, v);
            added++;
        }
        return builder.build(EdgeAggregation.MAX);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** The planted group of every node. */
    public int[] groups() {
        int[] groups = new int[nodes];
        for (int v = 0; v < nodes; v++) {
            groups[v] = v / groupSize;
        }
        return groups;
    }
}
