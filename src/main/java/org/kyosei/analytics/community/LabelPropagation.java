package org.kyosei.analytics.community;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Label propagation: the fast community option.
 *
 * <p>Definition: every node starts with a label of its own; repeatedly, every node takes the label
 * carried by the largest number (or, weighted, the largest total weight) of its neighbours, a tie
 * between several most frequent labels (its own among them) being broken pseudo-randomly. The
 * process stops when an iteration changes no label — then every node carries a label that is
 * among the most frequent around it, Raghavan et al.'s stopping condition — or after
 * {@code maxIterations} iterations. Nodes sharing a final label form a community. A node is
 * re-evaluated only when a neighbour's label changed since its last evaluation (the others are
 * known to hold a most frequent label already), so late iterations cost only what still moves.
 *
 * <p>Reference: U. N. Raghavan, R. Albert, S. Kumara, "Near linear time algorithm to detect
 * community structures in large-scale networks", Physical Review E 76, 036106 (2007). Update
 * order: semi-synchronous, after G. Cordasco, L. Gargano, "Community detection via
 * semi-synchronous label propagation algorithms", IEEE BASNA 2010: the nodes are greedily coloured
 * (in a seeded random order) so that no two neighbours share a colour; each iteration updates the
 * colour classes one after the other, and the nodes of one class all at once. Within a class no
 * node reads another's label, so the class can be updated in parallel and the result is exactly
 * that of a sequential sweep — identical for every {@code concurrency}. Ties are broken by a hash
 * of (seed, iteration, node, label), so the result depends only on the seed.
 *
 * <p>Time O(m) per iteration plus O(m) for the colouring; memory O(n) per worker thread.
 * Weighted mode uses the stored weights (finite and >= 0). Immutable and thread-safe.
 */
public final class LabelPropagation implements CommunityDetection {

    /** Seed used by the no-argument constructor. */
    public static final long SEED_DEFAULT = 0L;
    /** Upper bound on iterations (sweeps over all nodes). */
    public static final int MAX_ITERATIONS_DEFAULT = 100;
    /** Worker threads by default: 1, sequential. */
    public static final int CONCURRENCY_DEFAULT = 1;
    /** Colour classes smaller than this are updated sequentially even when concurrency > 1. */
    static final int PARALLEL_CLASS_MIN = 8192;
    /** Nodes per parallel task. */
    static final int CHUNK = 4096;

    private final long seed;
    private final int maxIterations;
    private final boolean weighted;
    private final int concurrency;

    /** Unweighted, sequential, seed {@link #SEED_DEFAULT}. */
    public LabelPropagation() {
        this(SEED_DEFAULT);
    }

    /** Unweighted, sequential. */
    public LabelPropagation(long seed) {
        this(seed, MAX_ITERATIONS_DEFAULT, false, CONCURRENCY_DEFAULT);
    }

    /**
     * @param seed shapes the colouring order and the tie-breaking
     * @param maxIterations at least 1
     * @param weighted whether labels are weighed by the stored edge weights
     * @param concurrency worker threads, at least 1; the result does not depend on it
     * @throws IllegalArgumentException when a parameter is outside its range
     */
    public LabelPropagation(long seed, int maxIterations, boolean weighted, int concurrency) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        this.seed = seed;
        this.maxIterations = maxIterations;
        this.weighted = weighted;
        this.concurrency = concurrency;
    }

    @Override
    public Communities detect(CsrGraph graph) {
        Objects.requireNonNull(graph, "graph must not be null");
        if (weighted) {
            Modularity.checkWeights(graph);
        }
        int n = graph.nodeCount();
        int[] classStart;
        int[] classNodes;
        {
            int[] order = permutation(n, new SplittableRandom(seed));
            int[] colour = colour(graph, order);
            int colours = 0;
            for (int c : colour) {
                colours = Math.max(colours, c + 1);
            }
            classStart = new int[colours + 1];
            for (int c : colour) {
                classStart[c + 1]++;
            }
            for (int c = 0; c < colours; c++) {
                classStart[c + 1] += classStart[c];
            }
            classNodes = new int[n];
            int[] fill = Arrays.copyOf(classStart, colours);
            for (int v : order) {
                classNodes[fill[colour[v]]++] = v;
            }
        }
        int[] labels = new int[n];
        for (int v = 0; v < n; v++) {
            labels[v] = v;
        }
        Sweep sweep = new Sweep(graph, labels, weighted, seed);
        ForkJoinPool pool = concurrency > 1 ? new ForkJoinPool(concurrency) : null;
        try {
            for (int iteration = 0; iteration < maxIterations; iteration++) {
                long changed = 0;
                for (int c = 0; c + 1 < classStart.length; c++) {
                    int from = classStart[c];
                    int to = classStart[c + 1];
                    if (pool == null || to - from < PARALLEL_CLASS_MIN) {
                        changed += sweep.update(classNodes, from, to, iteration);
                    } else {
                        changed += parallelUpdate(pool, sweep, classNodes, from, to, iteration);
                    }
                }
                if (changed == 0) {
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        int[] result = Partitions.renumberByFirstAppearance(labels);
        return new Communities(result, Partitions.count(result),
                Modularity.of(graph, result, Modularity.RESOLUTION_DEFAULT, weighted));
    }

    private static long parallelUpdate(ForkJoinPool pool, Sweep sweep, int[] nodes, int from, int to, int iteration) {
        int chunks = (to - from + CHUNK - 1) / CHUNK;
        try {
            return pool.submit(() -> IntStream.range(0, chunks).parallel()
                    .mapToLong(chunk -> sweep.update(nodes, from + chunk * CHUNK,
                            Math.min(to, from + (chunk + 1) * CHUNK), iteration))
                    .sum()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("label propagation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("label propagation failed", e.getCause());
        }
    }

    static int[] permutation(int n, SplittableRandom random) {
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
        return order;
    }

    /** Greedy colouring in the given order: each node takes the smallest colour no coloured neighbour has. */
    static int[] colour(CsrGraph graph, int[] order) {
        int n = graph.nodeCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        int[] colour = new int[n];
        Arrays.fill(colour, -1);
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            maxDegree = Math.max(maxDegree, graph.degree(v));
        }
        int[] forbiddenBy = new int[maxDegree + 2];
        Arrays.fill(forbiddenBy, -1);
        for (int v : order) {
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                int c = colour[targets[e]];
                if (c >= 0) {
                    forbiddenBy[c] = v;
                }
            }
            int c = 0;
            while (forbiddenBy[c] == v) {
                c++;
            }
            colour[v] = c;
        }
        return colour;
    }

    /** One node update over a range of a colour class, with per-worker scratch arrays. */
    private static final class Sweep {
        private final int[] offsets;
        private final int[] targets;
        private final double[] weights;
        private final boolean weighted;
        private final int[] labels;
        private final long seed;
        /** Nodes to re-evaluate: some neighbour's label changed since they were last evaluated. */
        private final boolean[] active;
        private final ConcurrentLinkedQueue<Scratch> free = new ConcurrentLinkedQueue<>();

        Sweep(CsrGraph graph, int[] labels, boolean weighted, long seed) {
            this.offsets = graph.offsets();
            this.targets = graph.targets();
            this.weights = graph.weights();
            this.weighted = weighted;
            this.labels = labels;
            this.seed = seed;
            this.active = new boolean[labels.length];
            Arrays.fill(active, true);
        }

        long update(int[] nodes, int from, int to, int iteration) {
            Scratch scratch = free.poll();
            if (scratch == null) {
                scratch = new Scratch(labels.length);
            }
            try {
                long changed = 0;
                for (int at = from; at < to; at++) {
                    if (updateNode(nodes[at], iteration, scratch)) {
                        changed++;
                    }
                }
                return changed;
            } finally {
                free.offer(scratch);
            }
        }

        private boolean updateNode(int v, int iteration, Scratch s) {
            if (!active[v]) {
                return false;
            }
            active[v] = false;
            int start = offsets[v];
            int end = offsets[v + 1];
            if (start == end) {
                return false;
            }
            int mark = s.nextMark();
            int[] seenAt = s.seenAt;
            double[] count = s.count;
            int[] touched = s.touched;
            int touchedCount = 0;
            double best = 0;
            for (int e = start; e < end; e++) {
                int label = labels[targets[e]];
                double w = weighted ? weights[e] : 1.0;
                if (seenAt[label] != mark) {
                    seenAt[label] = mark;
                    count[label] = w;
                    touched[touchedCount++] = label;
                } else {
                    count[label] += w;
                }
                if (count[label] > best) {
                    best = count[label];
                }
            }
            int current = labels[v];
            int chosen = -1;
            long chosenKey = 0;
            for (int t = 0; t < touchedCount; t++) {
                int label = touched[t];
                if (count[label] == best) {
                    long key = mix(seed, iteration, v, label);
                    if (chosen < 0 || key < chosenKey || (key == chosenKey && label < chosen)) {
                        chosen = label;
                        chosenKey = key;
                    }
                }
            }
            if (chosen == current) {
                return false;
            }
            labels[v] = chosen;
            for (int e = start; e < end; e++) {
                active[targets[e]] = true;
            }
            return true;
        }
    }

    private static final class Scratch {
        final int[] seenAt;
        final double[] count;
        final int[] touched;
        private int mark;

        Scratch(int n) {
            seenAt = new int[n];
            count = new double[n];
            touched = new int[n];
        }

        int nextMark() {
            if (mark == Integer.MAX_VALUE) {
                Arrays.fill(seenAt, 0);
                mark = 0;
            }
            return ++mark;
        }
    }

    /** A well-mixed 64-bit hash of the tie-breaking context (SplitMix64 finaliser). */
    static long mix(long seed, int iteration, int node, int label) {
        long z = seed + 0x9E3779B97F4A7C15L * (1 + iteration);
        z ^= (long) node * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 31)) * 0x94D049BB133111EBL;
        z ^= (long) label * 0xD6E8FEB86659FD93L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
