package org.kyosei.analytics.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.analytics.graph.EdgeAggregation;

/**
 * A seeded community-like random graph for benchmarks: a degree-corrected planted partition
 * (stochastic block model) with heavy-tailed group sizes and degrees, shaped like the contact
 * graphs of small communities — dense groups, a few brokers between them.
 *
 * <ol>
 *   <li><b>Groups.</b> Sizes drawn from a power law {@code P(s) ∝ s^-2} truncated to
 *       [{@link #GROUP_SIZE_MIN}, {@link #GROUP_SIZE_MAX}] until they cover n nodes (a remainder
 *       smaller than the minimum joins the last group): many groups of 20–50, a few of hundreds.
 *   <li><b>Activity.</b> Every node gets a propensity {@code θ ~ Pareto(γ = 2.5)} (minimum 1,
 *       capped at {@link #ACTIVITY_MAX}); endpoints are drawn in proportion to {@code θ}
 *       (Chung–Lu), which gives heavy-tailed degrees with hubs.
 *   <li><b>Edges</b> (exactly m distinct, no self-loops): first a random recursive tree inside every
 *       group (each member links to a uniformly chosen earlier member), so groups are connected;
 *       then {@link #MIXING} · m edges between groups (both endpoints ∝ θ over the whole graph,
 *       different groups); the rest inside groups (one endpoint ∝ θ over the graph, the other
 *       ∝ θ within its group). With the defaults the graph is connected or nearly so.
 *   <li><b>Weights</b>: integers 1..5 uniformly (contact strength), for the weighted variants.
 *   <li><b>Ids</b> are a random permutation, so that groups are not contiguous in memory (as in a
 *       projection loaded from a database).
 * </ol>
 * Time {@code O(m log n)}, memory about {@code 16m + 32n} bytes besides the result.
 */
public final class CommunityGraphGenerator {

    public static final int GROUP_SIZE_MIN = 20;
    public static final int GROUP_SIZE_MAX = 500;
    /** Exponent of the group-size power law. */
    public static final double GROUP_SIZE_EXPONENT = 2.0;
    /** Exponent of the activity (degree propensity) power law. */
    public static final double ACTIVITY_EXPONENT = 2.5;
    public static final double ACTIVITY_MAX = 100.0;
    /** Share of the edges that link two different groups. */
    public static final double MIXING = 0.1;
    public static final int WEIGHT_MAX = 5;

    /** The generated graph and each node's group. */
    public record Result(CsrGraph graph, int[] group, int groupCount) {
    }

    private CommunityGraphGenerator() {
    }

    public static Result generate(int nodes, long edges, long seed) {
        if (nodes < GROUP_SIZE_MIN) {
            throw new IllegalArgumentException("nodes must be >= " + GROUP_SIZE_MIN + ", got " + nodes);
        }
        if (edges < nodes) {
            throw new IllegalArgumentException("edges must be >= nodes (" + nodes + "), got " + edges);
        }
        if (edges > 20L * nodes) {
            throw new IllegalArgumentException("edges must be <= 20 * nodes (" + 20L * nodes + "), got " + edges);
        }
        SplittableRandom random = new SplittableRandom(seed);
        // groups as consecutive ranges of positions; positions are mapped to ids by a permutation
        int[] groupStart = new int[nodes / GROUP_SIZE_MIN + 2];
        int groups = 0;
        int covered = 0;
        while (covered < nodes) {
            int size = groupSize(random);
            if (nodes - covered - size < GROUP_SIZE_MIN) {
                size = nodes - covered;
            }
            groupStart[groups++] = covered;
            covered += size;
        }
        groupStart[groups] = nodes;
        int[] groupOfPosition = new int[nodes];
        for (int g = 0; g < groups; g++) {
            Arrays.fill(groupOfPosition, groupStart[g], groupStart[g + 1], g);
        }
        int[] idOfPosition = new int[nodes];
        Arrays.setAll(idOfPosition, i -> i);
        for (int i = nodes - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = idOfPosition[i];
            idOfPosition[i] = idOfPosition[j];
            idOfPosition[j] = swap;
        }
        // cumulative activity over positions: within a group it is a sub-range
        double[] cumulative = new double[nodes + 1];
        for (int p = 0; p < nodes; p++) {
            double u = random.nextDouble();
            double theta = Math.min(ACTIVITY_MAX, Math.pow(1.0 - u, -1.0 / (ACTIVITY_EXPONENT - 1.0)));
            cumulative[p + 1] = cumulative[p] + theta;
        }
        EdgeSet chosen = new EdgeSet(edges);
        CsrGraphBuilder builder = CsrGraph.builder(nodes);
        long added = 0;
        for (int g = 0; g < groups && added < edges; g++) {
            for (int p = groupStart[g] + 1; p < groupStart[g + 1] && added < edges; p++) {
                int q = groupStart[g] + random.nextInt(p - groupStart[g]);
                if (chosen.add(p, q)) {
                    builder.addEdge(idOfPosition[p], idOfPosition[q], 1 + random.nextInt(WEIGHT_MAX));
                    added++;
                }
            }
        }
        long between = Math.min(edges - added, Math.round(MIXING * edges));
        long attempts = 0;
        long attemptLimit = 100L * edges;
        for (long made = 0; made < between; attempts++) {
            requireProgress(attempts, attemptLimit);
            int p = pick(cumulative, 0, nodes, random);
            int q = pick(cumulative, 0, nodes, random);
            if (groupOfPosition[p] != groupOfPosition[q] && chosen.add(p, q)) {
                builder.addEdge(idOfPosition[p], idOfPosition[q], 1 + random.nextInt(WEIGHT_MAX));
                made++;
                added++;
            }
        }
        while (added < edges) {
            requireProgress(attempts++, attemptLimit);
            int p = pick(cumulative, 0, nodes, random);
            int g = groupOfPosition[p];
            int q = pick(cumulative, groupStart[g], groupStart[g + 1], random);
            if (p != q && chosen.add(p, q)) {
                builder.addEdge(idOfPosition[p], idOfPosition[q], 1 + random.nextInt(WEIGHT_MAX));
                added++;
            }
        }
        int[] group = new int[nodes];
        for (int p = 0; p < nodes; p++) {
            group[idOfPosition[p]] = groupOfPosition[p];
        }
        return new Result(builder.build(EdgeAggregation.MAX), group, groups);
    }

    private static void requireProgress(long attempts, long limit) {
        if (attempts > limit) {
            throw new IllegalArgumentException("too many edges for the groups: gave up after " + limit + " draws");
        }
    }

    /** Inverse-transform draw from {@code P(s) ∝ s^-a} on [min, max]. */
    private static int groupSize(SplittableRandom random) {
        double a = 1.0 - GROUP_SIZE_EXPONENT;
        double low = Math.pow(GROUP_SIZE_MIN, a);
        double high = Math.pow(GROUP_SIZE_MAX + 1, a);
        double s = Math.pow(low + (high - low) * random.nextDouble(), 1.0 / a);
        return Math.min(GROUP_SIZE_MAX, (int) s);
    }

    /** A position in [from, to) drawn in proportion to its activity. */
    private static int pick(double[] cumulative, int from, int to, SplittableRandom random) {
        double target = cumulative[from] + random.nextDouble() * (cumulative[to] - cumulative[from]);
        int low = from;
        int high = to - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid + 1] <= target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Open-addressing set of undirected pairs, packed into longs. */
    private static final class EdgeSet {
        private static final long EMPTY = -1L;
        private final long[] table;
        private final int mask;

        EdgeSet(long expected) {
            int capacity = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, expected * 2)) - 1) << 1;
            this.table = new long[capacity];
            this.mask = capacity - 1;
            Arrays.fill(table, EMPTY);
        }

        boolean add(int u, int v) {
            long key = ((long) Math.min(u, v) << 32) | Math.max(u, v);
            int at = (int) (mix(key) & mask);
            while (table[at] != EMPTY) {
                if (table[at] == key) {
                    return false;
                }
                at = (at + 1) & mask;
            }
            table[at] = key;
            return true;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }
}
