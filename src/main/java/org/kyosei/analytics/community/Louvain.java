package org.kyosei.analytics.community;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Louvain modularity optimisation: multi-level local moving and aggregation.
 *
 * <p>Definition: start with every node in its own community. <em>Local moving</em>: visit the
 * nodes in a random order (drawn once per level from the seed) and move each to the neighbouring
 * community that gives the largest modularity gain
 * {@code k_i,c - gamma * tot_c * k_i / 2m} (keeping it where it is unless another community is
 * strictly better); repeat passes until a pass moves no node, or improves modularity by less than
 * {@code minModularityGain}, or {@code maxPassesPerLevel} passes ran. After the first pass a node
 * is reconsidered only when a neighbour outside its new community moved (the pruning of Ozaki,
 * Tezuka and Inaba 2016, "A simple acceleration method for the Louvain algorithm", IJCEE 8(3)),
 * which leaves the result's quality unchanged in practice and cuts the late passes to the few
 * nodes still moving. <em>Aggregation</em>:
 * collapse every community into one node (inside weight kept as a self-loop) and repeat on the
 * smaller graph, until a level moves no node or {@code maxLevels} levels ran. That is one round;
 * further rounds start the local moving on the input graph from the partition found (so single
 * nodes can still leave a community that an early merge put them in) and aggregate again, until a
 * round improves modularity by less than {@code minModularityGain}, or moves nothing, or
 * {@link #MAX_ROUNDS} rounds ran (the "iterate Louvain" refinement also used by igraph's and
 * Leiden's implementations; it costs a few more passes over the input graph). Modularity is
 * defined in {@link Modularity}; the one reported is recomputed on the final partition of the
 * input graph, so it always equals {@code Modularity.of(graph, labels, resolution, weighted)}.
 *
 * <p>Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. (2008) P10008.
 *
 * <p>Deterministic for a given seed (the seed only shapes the visiting order; ties go to the
 * current community, then to the first best one met). Weighted mode uses the stored weights,
 * which must be finite and >= 0; unweighted mode counts every edge 1. Isolated nodes stay alone.
 * Time O(m) per pass, in practice a few passes per level and a few levels; memory O(n + m) for
 * the aggregated graphs. Sequential. Immutable and thread-safe.
 */
public final class Louvain implements CommunityDetection {

    /** Resolution gamma of the classic modularity. */
    public static final double RESOLUTION_DEFAULT = Modularity.RESOLUTION_DEFAULT;
    /** Seed used by the no-argument constructor. */
    public static final long SEED_DEFAULT = 0L;
    /** Upper bound on aggregation levels. */
    public static final int MAX_LEVELS_DEFAULT = 50;
    /** Upper bound on local-moving passes within one level. */
    public static final int MAX_PASSES_PER_LEVEL_DEFAULT = 100;
    /** A level, and the whole run, stop when a pass or a round improves modularity by less than this. */
    public static final double MIN_MODULARITY_GAIN_DEFAULT = 1e-7;
    /** Upper bound on rounds: the first round starts from singletons, each later one from the last partition. */
    public static final int MAX_ROUNDS = 10;

    private final long seed;
    private final double resolution;
    private final boolean weighted;
    private final LouvainLimits limits;

    /** Unweighted, resolution 1, seed {@link #SEED_DEFAULT}. */
    public Louvain() {
        this(SEED_DEFAULT);
    }

    /** Unweighted, resolution 1. */
    public Louvain(long seed) {
        this(seed, RESOLUTION_DEFAULT, false);
    }

    public Louvain(long seed, double resolution, boolean weighted) {
        this(seed, resolution, weighted, LouvainLimits.DEFAULTS);
    }

    /**
     * @param seed shapes the node visiting order
     * @param resolution gamma, finite and > 0; larger values give more, smaller communities
     * @param weighted whether to use the stored edge weights
     * @param limits when levels, passes and rounds stop
     * @throws IllegalArgumentException when the resolution is outside its range
     */
    public Louvain(long seed, double resolution, boolean weighted, LouvainLimits limits) {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be finite and > 0, got " + resolution);
        }
        this.seed = seed;
        this.resolution = resolution;
        this.weighted = weighted;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public Communities detect(CsrGraph graph) {
        Objects.requireNonNull(graph, "graph must not be null");
        if (weighted) {
            Modularity.checkWeights(graph);
        }
        int n = graph.nodeCount();
        Level original = Level.of(graph, weighted);
        double twoM = 0;
        for (double k : original.strength) {
            twoM += k;
        }
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        if (twoM > 0) {
            SplittableRandom random = new SplittableRandom(seed);
            double quality = Modularity.of(graph, membership, resolution, weighted);
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int[] next = round(original, round == 0 ? null : membership, random, twoM);
                if (next == null) {
                    break;
                }
                double nextQuality = Modularity.of(graph, next, resolution, weighted);
                if (nextQuality < quality) {
                    break; // cannot happen in exact arithmetic; guards against rounding
                }
                membership = next;
                boolean converged = nextQuality - quality < limits.minModularityGain();
                quality = nextQuality;
                if (converged) {
                    break;
                }
            }
        }
        int[] labels = Partitions.renumberByFirstAppearance(membership);
        return new Communities(labels, Partitions.count(labels), Modularity.of(graph, labels, resolution, weighted));
    }

    /**
     * One round of local moving and aggregation, level after level until nothing moves, starting
     * at the original graph from {@code start} (null: singletons). Returns the community of every
     * original node, or null when the first level moved nothing.
     */
    private int[] round(Level original, int[] start, SplittableRandom random, double twoM) {
        int n = original.size();
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        Level level = original;
        for (int l = 0; l < limits.maxLevels(); l++) {
            int[] community = level.moveNodes(random, resolution / twoM, limits.maxPassesPerLevel(),
                    limits.minModularityGain() * twoM / 2, l == 0 ? start : null);
            if (community == null) {
                if (l == 0) {
                    return null;
                }
                break;
            }
            int count = renumberInPlace(community);
            for (int v = 0; v < n; v++) {
                membership[v] = community[membership[v]];
            }
            if (count == level.size()) {
                break;
            }
            level = level.aggregate(community, count);
        }
        return membership;
    }

    /** Renumbers labels 0..c-1 by first appearance, in place; returns c. Labels lie in 0..n-1. */
    private static int renumberInPlace(int[] labels) {
        int[] map = new int[labels.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int v = 0; v < labels.length; v++) {
            int l = labels[v];
            if (map[l] < 0) {
                map[l] = next++;
            }
            labels[v] = map[l];
        }
        return next;
    }

    /**
     * One level's graph: CSR adjacency without self-loops, the self-loop weight {@code loops[i]}
     * (= A_ii, counting every inside edge from both ends) and the strength
     * {@code strength[i] = A_ii + sum_j A_ij}.
     */
    private static final class Level {
        final int[] offsets;
        final int[] targets;
        final double[] weights;
        final double[] loops;
        final double[] strength;

        Level(int[] offsets, int[] targets, double[] weights, double[] loops, double[] strength) {
            this.offsets = offsets;
            this.targets = targets;
            this.weights = weights;
            this.loops = loops;
            this.strength = strength;
        }

        static Level of(CsrGraph graph, boolean weighted) {
            int n = graph.nodeCount();
            double[] weights;
            if (weighted) {
                weights = graph.weights();
            } else {
                weights = new double[graph.targets().length];
                Arrays.fill(weights, 1.0);
            }
            int[] offsets = graph.offsets();
            double[] strength = new double[n];
            for (int v = 0; v < n; v++) {
                double k = 0;
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    k += weights[e];
                }
                strength[v] = k;
            }
            return new Level(offsets, graph.targets(), weights, new double[n], strength);
        }

        int size() {
            return strength.length;
        }

        /**
         * Local moving from {@code start} (labels in 0..n-1; null: every node alone). Returns the
         * community of each node (labels in 0..n-1, not dense), or null when no node moved.
         *
         * @param gammaOverTwoM resolution / 2m
         * @param minGainScaled the minimum modularity gain times m (gains are summed unscaled)
         */
        int[] moveNodes(SplittableRandom random, double gammaOverTwoM, int maxPasses, double minGainScaled,
                int[] start) {
            int n = size();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int[] community = start == null ? new int[n] : start.clone();
            double[] total = new double[n];
            for (int i = 0; i < n; i++) {
                if (start == null) {
                    community[i] = i;
                }
                total[community[i]] += strength[i];
            }
            double[] toCommunity = new double[n];
            int[] seenAt = new int[n];
            int[] touched = new int[n];
            int mark = 0;
            int[] offs = offsets;
            int[] adj = targets;
            double[] w = weights;
            double[] k = strength;
            boolean[] active = new boolean[n];
            Arrays.fill(active, true);
            long moved = 0;
            for (int pass = 0; pass < maxPasses; pass++) {
                int moves = 0;
                double gain = 0;
                for (int idx = 0; idx < n; idx++) {
                    int i = order[idx];
                    if (!active[i]) {
                        continue;
                    }
                    active[i] = false;
                    int first = offs[i];
                    int end = offs[i + 1];
                    if (first == end) {
                        continue;
                    }
                    mark++;
                    int touchedCount = 0;
                    for (int e = first; e < end; e++) {
                        int c = community[adj[e]];
                        if (seenAt[c] != mark) {
                            seenAt[c] = mark;
                            toCommunity[c] = w[e];
                            touched[touchedCount++] = c;
                        } else {
                            toCommunity[c] += w[e];
                        }
                    }
                    int own = community[i];
                    double ki = k[i];
                    double scaled = ki * gammaOverTwoM;
                    total[own] -= ki;
                    double stay = (seenAt[own] == mark ? toCommunity[own] : 0.0) - total[own] * scaled;
                    int best = own;
                    double bestGain = stay;
                    for (int t = 0; t < touchedCount; t++) {
                        int c = touched[t];
                        double g = toCommunity[c] - total[c] * scaled;
                        if (g > bestGain) {
                            bestGain = g;
                            best = c;
                        }
                    }
                    total[best] += ki;
                    if (best != own) {
                        community[i] = best;
                        moves++;
                        gain += bestGain - stay;
                        for (int e = first; e < end; e++) {
                            int j = adj[e];
                            if (community[j] != best) {
                                active[j] = true;
                            }
                        }
                    }
                }
                moved += moves;
                if (moves == 0 || gain < minGainScaled) {
                    break;
                }
            }
            return moved == 0 ? null : community;
        }

        /** The graph of communities; {@code community} holds dense labels 0..count-1. */
        Level aggregate(int[] community, int count) {
            int n = size();
            int[] start = new int[count + 1];
            for (int i = 0; i < n; i++) {
                start[community[i] + 1]++;
            }
            for (int c = 0; c < count; c++) {
                start[c + 1] += start[c];
            }
            int[] members = new int[n];
            int[] fill = Arrays.copyOf(start, count);
            for (int i = 0; i < n; i++) {
                members[fill[community[i]]++] = i;
            }
            int[] newOffsets = new int[count + 1];
            int[] newTargets = new int[targets.length];
            double[] newWeights = new double[targets.length];
            double[] newLoops = new double[count];
            double[] newStrength = new double[count];
            double[] toCommunity = new double[count];
            int[] seenAt = new int[count];
            Arrays.fill(seenAt, -1);
            int[] touched = new int[count];
            int written = 0;
            for (int c = 0; c < count; c++) {
                newOffsets[c] = written;
                int touchedCount = 0;
                double loop = 0;
                double k = 0;
                for (int at = start[c]; at < start[c + 1]; at++) {
                    int i = members[at];
                    loop += loops[i];
                    k += strength[i];
                    for (int e = offsets[i], end = offsets[i + 1]; e < end; e++) {
                        int d = community[targets[e]];
                        if (d == c) {
                            loop += weights[e];
                        } else if (seenAt[d] != c) {
                            seenAt[d] = c;
                            toCommunity[d] = weights[e];
                            touched[touchedCount++] = d;
                        } else {
                            toCommunity[d] += weights[e];
                        }
                    }
                }
                for (int t = 0; t < touchedCount; t++) {
                    int d = touched[t];
                    newTargets[written] = d;
                    newWeights[written] = toCommunity[d];
                    written++;
                }
                newLoops[c] = loop;
                newStrength[c] = k;
            }
            newOffsets[count] = written;
            return new Level(newOffsets, Arrays.copyOf(newTargets, written), Arrays.copyOf(newWeights, written),
                    newLoops, newStrength);
        }
    }
}
