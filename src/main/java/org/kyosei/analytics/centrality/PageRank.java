package org.kyosei.analytics.centrality;

import java.util.Locale;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * PageRank by power iteration on the undirected graph, each edge a link in both directions.
 *
 * <p><b>Definition.</b> The stationary distribution of the random surfer who, with probability
 * {@code d} (the damping factor), follows an edge of the current node, and otherwise jumps to a
 * node chosen uniformly: {@code PR(v) = (1−d)/n + d·D/n + d·Σ_{u ∈ N(v)} PR(u)·p(u→v)} where
 * {@code D} is the total rank on <i>dangling</i> nodes (no edges, or total weight 0), whose rank
 * is spread uniformly over all nodes. Unweighted: {@code p(u→v) = 1/deg(u)}. Weighted:
 * {@code p(u→v) = w(u,v)/Σ_x w(u,x)}, weights finite and {@code >= 0}. The scores sum to 1. This
 * matches NetworkX {@code pagerank} and JGraphT {@code PageRank} on undirected graphs.
 *
 * <p>Reference: S. Brin and L. Page, <i>The anatomy of a large-scale hypertextual web search
 * engine</i>, Computer Networks 30:107–117, 1998.
 *
 * <p><b>Iteration.</b> Starts from the uniform vector and stops when the L1 change of an
 * iteration is below the tolerance, or after the maximum number of iterations (then
 * {@link NodeScores#exact()} is false and the note says so). The L1 error of the result is at
 * most {@code tolerance·d/(1−d)}. Disconnected graphs need nothing special: the random jump
 * connects everything.
 *
 * <p><b>Complexity.</b> {@code O(n + m)} time per iteration, at most {@code maxIterations}; the
 * number of iterations needed is about {@code log(tolerance)/log(d)}. Memory {@code 32n} bytes
 * (ranks, next ranks, two contribution arrays) plus the out-weights when weighted. Each iteration
 * is one parallel pull pass over fixed node blocks; per-block sums merge in block order, so the
 * result is identical at every concurrency.
 */
public final class PageRank implements CentralityAlgorithm {

    /** The measure's name. */
    public static final String NAME = "pagerank";
    public static final double DAMPING_FACTOR_DEFAULT = 0.85;
    public static final double TOLERANCE_DEFAULT = 1e-9;
    public static final int MAX_ITERATIONS_DEFAULT = 200;
    /** Nodes per parallel block (fixed, so that sums do not depend on the concurrency). */
    static final int BLOCK = 1 << 12;

    private final double dampingFactor;
    private final PowerIteration iteration;

    /** Damping 0.85, L1 tolerance 1e-9, at most 200 iterations, unweighted, every core. */
    public PageRank() {
        this(DAMPING_FACTOR_DEFAULT, TOLERANCE_DEFAULT, MAX_ITERATIONS_DEFAULT, Weighting.UNWEIGHTED,
                Checks.defaultConcurrency());
    }

    /** The defaults with the given weighting. */
    public PageRank(Weighting weighting) {
        this(DAMPING_FACTOR_DEFAULT, TOLERANCE_DEFAULT, MAX_ITERATIONS_DEFAULT, weighting, Checks.defaultConcurrency());
    }

    /**
     * @param dampingFactor probability of following an edge, in [0, 1)
     * @param tolerance L1 change below which the iteration stops, finite and {@code > 0}
     * @param maxIterations iteration cap, at least 1
     * @param weighting unit transitions, or weight-proportional ones
     * @param concurrency number of worker threads, at least 1
     */
    public PageRank(double dampingFactor, double tolerance, int maxIterations, Weighting weighting, int concurrency) {
        this(dampingFactor, new PowerIteration(tolerance, maxIterations, weighting, concurrency));
    }

    /** @param dampingFactor probability of following an edge, in [0, 1) */
    public PageRank(double dampingFactor, PowerIteration iteration) {
        this.dampingFactor = Checks.dampingFactor(dampingFactor);
        this.iteration = Checks.notNull(iteration, "iteration");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NodeScores compute(CsrGraph graph) {
        Checks.graph(graph);
        boolean weighted = iteration.weighted();
        if (weighted) {
            Checks.nonNegativeWeights(graph, NAME);
        }
        int n = graph.nodeCount();
        if (n == 0) {
            return new NodeScores(NAME, new double[0], true, "empty graph");
        }
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] weights = graph.weights();
        double d = dampingFactor;
        // out-strength; 0 marks a dangling node
        double[] strength = new double[n];
        for (int v = 0; v < n; v++) {
            if (weighted) {
                double sum = 0.0;
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    sum += weights[e];
                }
                strength[v] = sum;
            } else {
                strength[v] = offsets[v + 1] - offsets[v];
            }
        }
        double[] rank = new double[n];
        double[] next = new double[n];
        double[] contribution = new double[n];
        double[] nextContribution = new double[n];
        int blocks = WorkerPool.chunkCount(n, BLOCK);
        double[] blockDangling = new double[blocks];
        double[] blockChange = new double[blocks];
        double dangling = 0.0;
        for (int v = 0; v < n; v++) {
            rank[v] = 1.0 / n;
            if (strength[v] > 0.0) {
                contribution[v] = rank[v] / strength[v];
            } else {
                dangling += rank[v];
            }
        }
        int iterations = 0;
        double change = Double.POSITIVE_INFINITY;
        try (WorkerPool pool = new WorkerPool(iteration.concurrency())) {
            while (iteration.goesOn(iterations, change)) {
                double base = (1.0 - d) / n + d * dangling / n;
                double[] current = contribution;
                double[] ranks = rank;
                double[] nextRanks = next;
                double[] nextContributions = nextContribution;
                pool.forEachChunk(blocks, (worker, block) -> {
                    int from = block * BLOCK;
                    int to = Math.min(n, from + BLOCK);
                    double blockDanglingSum = 0.0;
                    double blockChangeSum = 0.0;
                    for (int v = from; v < to; v++) {
                        double sum = 0.0;
                        if (weighted) {
                            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                                sum += current[targets[e]] * weights[e];
                            }
                        } else {
                            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                                sum += current[targets[e]];
                            }
                        }
                        double value = base + d * sum;
                        nextRanks[v] = value;
                        blockChangeSum += Math.abs(value - ranks[v]);
                        double s = strength[v];
                        if (s > 0.0) {
                            nextContributions[v] = value / s;
                        } else {
                            blockDanglingSum += value;
                        }
                    }
                    blockDangling[block] = blockDanglingSum;
                    blockChange[block] = blockChangeSum;
                });
                dangling = 0.0;
                change = 0.0;
                for (int b = 0; b < blocks; b++) {
                    dangling += blockDangling[b];
                    change += blockChange[b];
                }
                rank = nextRanks;
                next = ranks;
                contribution = nextContributions;
                nextContribution = current;
                iterations++;
            }
        }
        double total = 0.0;
        for (int v = 0; v < n; v++) {
            total += rank[v];
        }
        for (int v = 0; v < n; v++) {
            rank[v] /= total;
        }
        boolean converged = change < iteration.tolerance();
        String note = String.format(Locale.ROOT, "%s, damping %.3g, %d iterations, last L1 change %.3g%s",
                weighted ? "weighted" : "unweighted", d, iterations, change,
                converged ? " < tolerance " + iteration.tolerance() : ", NOT converged (tolerance " + iteration.tolerance() + ")");
        return new NodeScores(NAME, rank, converged, note);
    }
}
