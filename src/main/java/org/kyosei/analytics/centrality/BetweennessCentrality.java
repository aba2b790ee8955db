package org.kyosei.analytics.centrality;

import java.util.Arrays;
import java.util.Locale;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Betweenness centrality by Brandes' algorithm, exact or estimated from sampled sources.
 *
 * <p><b>Definition.</b> For a node {@code v}, {@code b(v) = Σ σ_st(v) / σ_st} over unordered
 * pairs {@code {s, t}} of other nodes with {@code t} reachable from {@code s}, where {@code σ_st}
 * is the number of shortest {@code s–t} paths and {@code σ_st(v)} the number through {@code v}.
 * The value is raw (not normalised) and counts each unordered pair once: the NetworkX
 * {@code betweenness_centrality(G, normalized=False)} convention for undirected graphs, and
 * JGraphT's un-normalised value. Divide by {@code (n-1)(n-2)/2} for the usual [0, 1] scale.
 *
 * <p><b>Algorithm.</b> U. Brandes, <i>A faster algorithm for betweenness centrality</i>, J.
 * Mathematical Sociology 25(2):163–177, 2001: one single-source shortest-path traversal per source
 * (BFS, or Dijkstra with an indexed binary heap when weighted) counting shortest paths, then the
 * dependencies {@code δ_s(v) = Σ_{w: v ∈ P_s(w)} σ_sv/σ_sw · (1 + δ_s(w))} accumulated in reverse
 * visiting order. Summing over all sources counts each pair twice, so the sum is halved.
 * Predecessor lists are replaced by arrays as long as the CSR targets (one per worker) holding
 * the shortest-path DAG's arcs, so the reverse pass walks only those arcs; the BFS kernel runs
 * level by level, each large level in node order, for memory locality (see the kernels).
 *
 * <p><b>Complexity.</b> Exact: {@code O(n·m)} time unweighted, {@code O(n·m + n² log n)} weighted;
 * with k sampled sources {@code k/n} of that. Memory per worker: about {@code 17·n + 8·m} bytes
 * of workspace unweighted (level tags, path counts, visit order, successor runs, a bitmap) and
 * {@code 40·n + 8·m} weighted (distances, path counts, dependencies, settling order,
 * predecessor slots, the heap), plus an {@code 8·n}-byte chunk buffer (see
 * {@link SourceReduction}); no allocation per source.
 *
 * <p><b>Weights.</b> {@link Weighting#UNWEIGHTED} counts hops. {@link Weighting#WEIGHTED} reads
 * weights as lengths, which must be finite and {@code > 0}; two paths are equally short when
 * their floating-point lengths are equal (as in NetworkX and JGraphT), so integer weights tie
 * exactly while sums of fractions such as 0.1 may not.
 *
 * <p><b>Disconnected graphs.</b> Only pairs connected by a path count; nodes in different
 * components contribute nothing to each other. Isolated nodes score 0.
 *
 * <p><b>Sampling</b> ({@link SourceSelection#sample}). k sources are drawn uniformly without
 * replacement; the estimate is {@code (n/k)·Σ_{sampled s} δ_s(v) / 2}, an unbiased estimator of
 * {@code b(v)} (U. Brandes and C. Pich, <i>Centrality estimation in large networks</i>, Int. J.
 * Bifurcation and Chaos 17(7):2303–2318, 2007; D. Eppstein and J. Wang, 2004). Since every
 * {@code δ_s(v)} lies in {@code [0, n-2]}, Hoeffding's inequality (which also holds for sampling
 * without replacement) gives, for each node separately,
 * {@code P(|estimate − b(v)| ≥ ε·n(n−2)/2) ≤ 2·exp(−2kε²)}; that is, with probability at least
 * {@code 1 − δ} the error is at most {@code n(n−2)/2 · sqrt(ln(2/δ) / (2k))}, and for all nodes
 * at once at most {@code n(n−2)/2 · sqrt(ln(2n/δ) / (2k))} (union bound). The bound is additive,
 * in units of the largest possible raw betweenness, so it says little about nodes with small
 * scores; it does guarantee that the high-betweenness brokers stand out. {@link NodeScores#note()}
 * states both bounds at {@code δ = }{@link #ERROR_BOUND_FAILURE_PROBABILITY}. With
 * {@code k >= n} every node is a source and the result is exact.
 *
 * <p><b>Memory locality.</b> Graphs of at least {@value Adjacency#RELABEL_MIN_NODES} nodes are
 * traversed under an internal breadth-first renumbering (one more copy of the adjacency, see
 * {@link Adjacency}); scores are reported under the graph's own ids.
 *
 * <p><b>Parallelism.</b> Sources are processed by {@code concurrency} workers with reusable
 * per-worker buffers, and merged in a fixed order: the scores are identical at every
 * concurrency.
 */
public final class BetweennessCentrality implements CentralityAlgorithm {

    /** The measure's name. */
    public static final String NAME = "betweenness";
    /** The {@code δ} at which the sampled estimate's error bounds are stated in the note. */
    public static final double ERROR_BOUND_FAILURE_PROBABILITY = 0.05;

    private final TraversalSettings settings;

    /** Exact, unweighted, on every available core. */
    public BetweennessCentrality() {
        this.settings = TraversalSettings.exact();
    }

    /**
     * @param weighting hops, or weights as edge lengths
     * @param sources every node (exact) or a seeded sample (estimate)
     * @param concurrency number of worker threads, at least 1
     */
    public BetweennessCentrality(Weighting weighting, SourceSelection sources, int concurrency) {
        this.settings = new TraversalSettings(weighting, sources, concurrency);
    }

    /** With another renumbering threshold (see {@link Adjacency}); for tests. */
    BetweennessCentrality(Weighting weighting, SourceSelection sources, int concurrency, int relabelMinNodes) {
        this.settings = new TraversalSettings(weighting, sources, concurrency, relabelMinNodes);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NodeScores compute(CsrGraph graph) {
        Checks.graph(graph);
        boolean weighted = settings.weighted();
        if (weighted) {
            Checks.positiveWeights(graph, NAME);
        }
        int n = graph.nodeCount();
        SourceSelection sources = settings.sources();
        int[] chosen = sources.sources(n);
        int k = chosen.length;
        Adjacency adjacency = Adjacency.forTraversals(graph, weighted, settings.relabelMinNodes());
        int[] internalSources = new int[k];
        for (int i = 0; i < k; i++) {
            internalSources[i] = adjacency.internalOf(chosen[i]);
        }
        double[] sums;
        try (WorkerPool pool = new WorkerPool(settings.concurrency())) {
            sums = adjacency.toGraphOrder(SourceReduction.run(pool, n, internalSources,
                    SourceReduction.defaultChunkSize(k), worker -> {
                        BrandesSource kernel = weighted
                                ? new WeightedBrandes(adjacency)
                                : new UnweightedKernel(adjacency);
                        return (batch, from, to, partial) -> {
                            for (int i = from; i < to; i++) {
                                kernel.accumulate(batch[i], partial);
                            }
                        };
                    }));
        }
        boolean exact = k == n;
        double scale = exact ? 0.5 : 0.5 * n / k;
        for (int v = 0; v < n; v++) {
            sums[v] *= scale;
        }
        String traversal = weighted ? "Dijkstra" : "BFS";
        String note = exact
                ? String.format(Locale.ROOT, "exact (Brandes, %s) from all %d sources", traversal, n)
                : samplingNote(n, k, ((SourceSelection.Sample) sources).seed(), traversal);
        return new NodeScores(NAME, sums, exact, note);
    }

    /**
     * The Hoeffding error bound of the sampled estimate: with probability at least
     * {@code 1 - failureProbability}, {@code |estimate - b(v)| <= } this value (raw betweenness
     * units) for one given node; pass {@code failureProbability / n} for all nodes at once.
     */
    public static double errorBound(int nodeCount, int sampleSize, double failureProbability) {
        if (!(failureProbability > 0.0 && failureProbability < 1.0)) {
            throw new IllegalArgumentException("failure probability must be in (0, 1), got " + failureProbability);
        }
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sample size must be >= 1, got " + sampleSize);
        }
        if (sampleSize >= nodeCount || nodeCount < 3) {
            return 0.0;
        }
        double maxRaw = (double) nodeCount * (nodeCount - 2) / 2.0;
        return maxRaw * Math.sqrt(Math.log(2.0 / failureProbability) / (2.0 * sampleSize));
    }

    private static String samplingNote(int n, int k, long seed, String traversal) {
        double delta = ERROR_BOUND_FAILURE_PROBABILITY;
        double perNode = errorBound(n, k, delta);
        double allNodes = errorBound(n, k, delta / n);
        double maxRaw = (double) n * (n - 2) / 2.0;
        return String.format(Locale.ROOT,
                "sampled %d of %d sources (%s), seed %d, scaled by n/k; Hoeffding bound (Brandes-Pich 2007):"
                        + " |error| <= %.4g (%.3f of the max n(n-2)/2) per node with prob >= %.2f,"
                        + " <= %.4g (%.3f) for all nodes at once",
                k, n, traversal, seed, perNode, perNode / maxRaw, 1 - delta, allNodes, allNodes / maxRaw);
    }

    /**
     * Brandes from one source by BFS; reusable across sources.
     *
     * <p><b>Level by level, each level in id order.</b> The BFS is level-synchronous (as in D. A.
     * Bader and K. Madduri, <i>Parallel algorithms for evaluating centrality indices in
     * real-world networks</i>, ICPP 2006): level {@code d + 1} is discovered from the whole of
     * level {@code d}. A large level is put in increasing node order before it is expanded, by
     * marking its nodes in a bitmap as they are discovered and reading the bitmap back; small
     * levels keep their discovery order. On a large graph the nodes of a level are spread over
     * the whole id range, and expanding them in discovery order fetches each one's CSR row from
     * a random place; in id order the rows are read in increasing address order, which the
     * hardware prefetcher follows (under the breadth-first renumbering of {@link Adjacency},
     * neighbours' numbers are also close). This halves the time per source on million-node
     * community graphs.
     *
     * <p><b>Levels modulo 3.</b> A BFS only ever asks whether a neighbour {@code w} of a node at
     * level {@code d} is unvisited or at level {@code d + 1}, and in an undirected graph (as
     * {@link CsrGraph} is) every neighbour of that node is at level {@code d - 1}, {@code d} or
     * {@code d + 1}; a directed graph would need full distances. So a byte per node holding
     * {@code 1 + d mod 3} ({@code 0} = unvisited) answers both questions at any depth, in a
     * quarter of the memory of {@code int} distances (1 MB per million nodes, mostly in cache).
     *
     * <p><b>Successor runs.</b> While expanding a node, the forward pass appends its
     * shortest-path successors (neighbours one level further, once per parallel arc) to a
     * per-worker array, so the successors of the i-th expanded node are a contiguous run, in CSR
     * order, and the array is written sequentially. The reverse pass reads the runs backwards,
     * also sequentially, and each node pulls {@code (1 + δ_w)/σ_w} from its successors:
     * {@code δ_v = σ_v · Σ_w (1 + δ_w)/σ_w}. This is faster than pushing to recorded
     * predecessors, which scatters writes.
     *
     * <p><b>One array for σ and the coefficient.</b> {@code σ_v} is needed only until {@code v}'s
     * own reverse step, which then stores {@code (1 + δ_v)/σ_v} in its place: every successor
     * of {@code v} is expanded after {@code v}, so it has been replaced before {@code v} reads
     * it. A node's slot is written when it is discovered, so nothing but the level bytes is
     * cleared between sources.
     *
     * <p><b>Same values whatever the order.</b> Path counts are integers, which doubles add
     * exactly up to 2<sup>53</sup>, so the order in which a node's predecessors add to its
     * {@code σ} does not change it; the dependency sums run over each node's successors in CSR
     * order, and each source adds to the partial sums once per node. The scores are therefore
     * those of a textbook queue-order BFS bit for bit (unless some path count exceeds
     * 2<sup>53</sup>, when both are rounded anyway).
     */
    private static final class UnweightedKernel implements BrandesSource {
        /** Level tag of unvisited nodes; visited nodes hold {@code 1 + level mod 3}. */
        private static final byte UNVISITED = 0;
        /**
         * A level with at least {@code bitmap words / this} nodes is sorted through the bitmap
         * (one pass over {@code n/64} words); smaller levels stay in discovery order.
         */
        private static final int SORT_MIN_NODES_PER_WORD_DIVISOR = 8;

        private final int[] offsets;
        private final int[] targets;
        private final byte[] level;
        /** {@code σ_v} in the forward pass, replaced by {@code (1 + δ_v)/σ_v} in the reverse pass. */
        private final double[] pathsThenCoefficient;
        /** Nodes discovered in the level being built, one bit each; all zero between levels. */
        private final long[] discovered;
        /** BFS visiting order, level after level: the queue, and read backwards, the stack. */
        private final int[] order;
        /** Successor runs; the run of {@code order[i]} ends at {@code successorEnd[i]}. */
        private final int[] successors;
        private final int[] successorEnd;

        UnweightedKernel(Adjacency graph) {
            int n = graph.nodeCount();
            this.offsets = graph.offsets();
            this.targets = graph.targets();
            this.level = new byte[n];
            this.pathsThenCoefficient = new double[n];
            this.discovered = new long[(n + 63) >>> 6];
            this.order = new int[n];
            this.successors = new int[graph.targets().length];
            this.successorEnd = new int[n];
        }

        /** The tag of the level after the one tagged {@code tag}: 1 → 2 → 3 → 1. */
        private static byte nextLevelTag(byte tag) {
            return (byte) (tag == 3 ? 1 : tag + 1);
        }

        @Override
        public void accumulate(int source, double[] partial) {
            int tail = forward(source);
            reverse(tail, partial);
            if (tail > (level.length >>> 4)) {
                Arrays.fill(level, UNVISITED);
            } else {
                for (int i = 0; i < tail; i++) {
                    level[order[i]] = UNVISITED;
                }
            }
        }

        /** Levels, path counts and successor runs from {@code source}; returns the number of nodes reached. */
        private int forward(int source) {
            int[] offsets = this.offsets;
            int[] targets = this.targets;
            byte[] level = this.level;
            double[] paths = this.pathsThenCoefficient;
            long[] discovered = this.discovered;
            int[] order = this.order;
            int[] successors = this.successors;
            int[] successorEnd = this.successorEnd;

            level[source] = 1;
            paths[source] = 1.0;
            order[0] = source;
            int tail = 1;
            int top = 0;
            int levelStart = 0;
            while (levelStart < tail) {
                int levelEnd = tail;
                byte next = nextLevelTag(level[order[levelStart]]);
                for (int head = levelStart; head < levelEnd; head++) {
                    int v = order[head];
                    double pathsToV = paths[v];
                    for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                        int w = targets[e];
                        byte tag = level[w];
                        if (tag == UNVISITED) {
                            level[w] = next;
                            paths[w] = pathsToV;
                            order[tail++] = w;
                            discovered[w >>> 6] |= 1L << w;
                            successors[top++] = w;
                        } else if (tag == next) {
                            paths[w] += pathsToV;
                            successors[top++] = w;
                        }
                    }
                    successorEnd[head] = top;
                }
                takeDiscovered(levelEnd, tail);
                levelStart = levelEnd;
            }
            return tail;
        }

        /**
         * Clears the bits of the level just discovered, {@code order[from..to)}, and if it is
         * large rewrites that range in increasing node order from the bitmap.
         */
        private void takeDiscovered(int from, int to) {
            long[] discovered = this.discovered;
            int[] order = this.order;
            if (to - from < discovered.length / SORT_MIN_NODES_PER_WORD_DIVISOR) {
                for (int i = from; i < to; i++) {
                    discovered[order[i] >>> 6] = 0L;
                }
                return;
            }
            int at = from;
            for (int word = 0; word < discovered.length; word++) {
                long bits = discovered[word];
                if (bits != 0L) {
                    discovered[word] = 0L;
                    int base = word << 6;
                    do {
                        order[at++] = base + Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                    } while (bits != 0L);
                }
            }
        }

        /** Dependencies in reverse visiting order, added to {@code partial}. */
        private void reverse(int tail, double[] partial) {
            int[] order = this.order;
            int[] successors = this.successors;
            int[] successorEnd = this.successorEnd;
            double[] value = this.pathsThenCoefficient;
            for (int i = tail - 1; i > 0; i--) {
                int v = order[i];
                double sum = 0.0;
                for (int j = successorEnd[i - 1], end = successorEnd[i]; j < end; j++) {
                    sum += value[successors[j]];
                }
                double paths = value[v];
                double dependency = paths * sum;
                partial[v] += dependency;
                value[v] = (1.0 + dependency) / paths;
            }
        }
    }
}
