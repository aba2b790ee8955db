package org.kyosei.analytics.centrality;

import java.util.Arrays;
import java.util.Locale;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * The engine behind {@link ClosenessCentrality} and {@link HarmonicCentrality}: per node, a sum
 * of a function of the distances to the nodes it reaches, exact (a traversal from every node) or
 * estimated from sampled pivots. Unweighted traversals run {@value MultiSourceBfs#BATCH} sources
 * at a time with {@link MultiSourceBfs}; weighted ones run Dijkstra per source. See those classes
 * for the definitions and bounds.
 */
final class DistanceSums {

    /** Sources per parallel chunk for Dijkstra (chunks are independent in exact mode). */
    static final int DIJKSTRA_CHUNK = 64;
    /** The {@code δ} at which sampled error bounds are stated in the note. */
    static final double FAILURE_PROBABILITY = 0.05;

    /** What is summed and how the sum becomes a score. */
    enum Measure {
        HARMONIC("harmonic") {
            @Override
            double term(double distance) {
                return 1.0 / distance;
            }

            @Override
            double score(double sum, int reached, int nodeCount) {
                return sum;
            }
        },
        CLOSENESS("closeness") {
            @Override
            double term(double distance) {
                return distance;
            }

            @Override
            double score(double sum, int reached, int nodeCount) {
                if (reached <= 1 || sum <= 0.0) {
                    return 0.0;
                }
                double others = reached - 1.0;
                return (others / (nodeCount - 1.0)) * (others / sum);
            }
        };

        final String label;

        Measure(String label) {
            this.label = label;
        }

        /** The summand for a node at {@code distance > 0}. */
        abstract double term(double distance);

        /** The score from the sum over reached nodes; {@code reached} includes the node itself. */
        abstract double score(double sum, int reached, int nodeCount);
    }

    private DistanceSums() {
    }

    static NodeScores compute(CsrGraph graph, Weighting weighting, SourceSelection sources, int concurrency,
            Measure measure, int relabelMinNodes) {
        Checks.graph(graph);
        boolean weighted = weighting == Weighting.WEIGHTED;
        if (weighted) {
            Checks.positiveWeights(graph, measure.label);
        }
        int n = graph.nodeCount();
        String traversal = weighted ? "Dijkstra" : "multi-source BFS";
        Adjacency adjacency = Adjacency.forTraversals(graph, weighted, relabelMinNodes);
        try (WorkerPool pool = new WorkerPool(concurrency)) {
            if (sources.coversAll(n)) {
                double[] scores = new double[n];
                int[] all = new int[n];
                Arrays.setAll(all, i -> i);
                exactFor(pool, adjacency, weighted, measure, all, scores, null);
                return new NodeScores(measure.label, scores, true,
                        String.format(Locale.ROOT, "exact, %s from each of %d nodes", traversal, n));
            }
            return sampled(pool, graph, adjacency, weighted, (SourceSelection.Sample) sources, measure, traversal);
        }
    }

    /**
     * Exact scores of graph nodes {@code nodes}, written to {@code scores}; also their
     * eccentricity when {@code eccentricity} is not null. Unweighted: batches of 64 consecutive
     * nodes, one {@link MultiSourceBfs} each.
     */
    private static void exactFor(WorkerPool pool, Adjacency graph, boolean weighted, Measure measure, int[] nodes,
            double[] scores, double[] eccentricity) {
        int n = graph.nodeCount();
        if (weighted) {
            ShortestPathTraversal[] traversals = new ShortestPathTraversal[pool.concurrency()];
            pool.forEachChunk(WorkerPool.chunkCount(nodes.length, DIJKSTRA_CHUNK), (worker, chunk) -> {
                ShortestPathTraversal traversal = traversals[worker];
                if (traversal == null) {
                    traversal = ShortestPathTraversal.of(graph, Weighting.WEIGHTED);
                    traversals[worker] = traversal;
                }
                int to = Math.min(nodes.length, (chunk + 1) * DIJKSTRA_CHUNK);
                for (int i = chunk * DIJKSTRA_CHUNK; i < to; i++) {
                    int source = nodes[i];
                    int reached = traversal.run(graph.internalOf(source));
                    double sum = 0.0;
                    for (int j = 1; j < reached; j++) {
                        sum += measure.term(traversal.distance(traversal.reached(j)));
                    }
                    scores[source] = measure.score(sum, reached, n);
                    if (eccentricity != null) {
                        eccentricity[source] = traversal.distance(traversal.reached(reached - 1));
                    }
                }
            });
            return;
        }
        int[] internal = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            internal[i] = graph.internalOf(nodes[i]);
        }
        MultiSourceBfs[] searches = new MultiSourceBfs[pool.concurrency()];
        BatchSums[] sums = new BatchSums[pool.concurrency()];
        int batch = MultiSourceBfs.BATCH;
        pool.forEachChunk(WorkerPool.chunkCount(nodes.length, batch), (worker, chunk) -> {
            if (searches[worker] == null) {
                searches[worker] = new MultiSourceBfs(graph);
                sums[worker] = new BatchSums(measure);
            }
            int from = chunk * batch;
            int to = Math.min(nodes.length, from + batch);
            BatchSums batchSums = sums[worker];
            batchSums.reset();
            searches[worker].run(internal, from, to, batchSums);
            batchSums.flush();
            for (int i = from; i < to; i++) {
                int b = i - from;
                scores[nodes[i]] = measure.score(batchSums.sum[b], batchSums.reached[b] + 1, n);
                if (eccentricity != null) {
                    eccentricity[nodes[i]] = batchSums.lastLevel[b];
                }
            }
        });
    }

    /**
     * Per-source sums within one {@link MultiSourceBfs} batch: counts per source and level,
     * folded into the sums level by level ({@code Σ count·term(level)}).
     */
    private static final class BatchSums implements MultiSourceBfs.Visitor {
        final Measure measure;
        final double[] sum = new double[MultiSourceBfs.BATCH];
        final int[] reached = new int[MultiSourceBfs.BATCH];
        final int[] lastLevel = new int[MultiSourceBfs.BATCH];
        private final int[] levelCount = new int[MultiSourceBfs.BATCH];
        private int level;
        /** Optional: graph-wide per-node sums of the terms, for pivot estimates. */
        double[] partial;

        BatchSums(Measure measure) {
            this.measure = measure;
        }

        void reset() {
            Arrays.fill(sum, 0.0);
            Arrays.fill(reached, 0);
            Arrays.fill(lastLevel, 0);
            level = 0;
        }

        @Override
        public void reached(int node, long sources, int nodeLevel) {
            if (nodeLevel != level) {
                flush();
                level = nodeLevel;
            }
            if (partial != null) {
                partial[node] += Long.bitCount(sources) * measure.term(nodeLevel);
            }
            for (long bits = sources; bits != 0; bits &= bits - 1) {
                levelCount[Long.numberOfTrailingZeros(bits)]++;
            }
        }

        void flush() {
            if (level == 0) {
                return;
            }
            double term = measure.term(level);
            for (int b = 0; b < levelCount.length; b++) {
                int count = levelCount[b];
                if (count > 0) {
                    sum[b] += count * term;
                    reached[b] += count;
                    lastLevel[b] = level;
                    levelCount[b] = 0;
                }
            }
        }
    }

    private static NodeScores sampled(WorkerPool pool, CsrGraph graph, Adjacency adjacency, boolean weighted,
            SourceSelection.Sample sample, Measure measure, String traversalName) {
        int n = graph.nodeCount();
        int[] pivots = sample.sources(n);
        ConnectedComponents components = ConnectedComponents.of(graph);
        int[] pivotsPerComponent = new int[components.count()];
        boolean[] isPivot = new boolean[n];
        for (int p : pivots) {
            isPivot[p] = true;
            pivotsPerComponent[components.label(p)]++;
        }
        double[] scores = new double[n];
        double[] eccentricity = new double[n];
        int[] internalPivots = new int[pivots.length];
        int[] pivotOfInternal = new int[n];
        for (int i = 0; i < pivots.length; i++) {
            internalPivots[i] = adjacency.internalOf(pivots[i]);
            pivotOfInternal[internalPivots[i]] = pivots[i];
        }
        double[] sums;
        if (weighted) {
            sums = SourceReduction.run(pool, n, internalPivots, SourceReduction.defaultChunkSize(pivots.length),
                    worker -> {
                        ShortestPathTraversal traversal = ShortestPathTraversal.of(adjacency, Weighting.WEIGHTED);
                        return (batch, from, to, partial) -> {
                            for (int i = from; i < to; i++) {
                                int internalPivot = batch[i];
                                int pivot = pivotOfInternal[internalPivot];
                                int reached = traversal.run(internalPivot);
                                double own = 0.0;
                                for (int j = 1; j < reached; j++) {
                                    int v = traversal.reached(j);
                                    double term = measure.term(traversal.distance(v));
                                    partial[v] += term;
                                    own += term;
                                }
                                scores[pivot] = measure.score(own, reached, n);
                                eccentricity[pivot] = traversal.distance(traversal.reached(reached - 1));
                            }
                        };
                    });
        } else {
            sums = SourceReduction.run(pool, n, internalPivots, MultiSourceBfs.BATCH, worker -> {
                MultiSourceBfs search = new MultiSourceBfs(adjacency);
                BatchSums batchSums = new BatchSums(measure);
                return (batch, from, to, partial) -> {
                    batchSums.reset();
                    batchSums.partial = partial;
                    search.run(batch, from, to, batchSums);
                    batchSums.flush();
                    for (int i = from; i < to; i++) {
                        int pivot = pivotOfInternal[batch[i]];
                        scores[pivot] = measure.score(batchSums.sum[i - from], batchSums.reached[i - from] + 1, n);
                        eccentricity[pivot] = batchSums.lastLevel[i - from];
                    }
                };
            });
        }
        sums = adjacency.toGraphOrder(sums);
        int fallbackCount = 0;
        int[] fallback = new int[n];
        for (int v = 0; v < n; v++) {
            if (isPivot[v]) {
                continue;
            }
            int component = components.label(v);
            int size = components.size(component);
            int others = pivotsPerComponent[component];
            if (size == 1) {
                scores[v] = measure.score(0.0, 1, n);
            } else if (others == 0) {
                fallback[fallbackCount++] = v;
            } else {
                double estimate = (size - 1.0) / others * sums[v];
                scores[v] = measure.score(estimate, size, n);
            }
        }
        exactFor(pool, adjacency, weighted, measure, Arrays.copyOf(fallback, fallbackCount), scores, null);
        return new NodeScores(measure.label, scores, false,
                samplingNote(n, components, pivots, pivotsPerComponent, eccentricity, fallbackCount, sample.seed(),
                        measure, traversalName));
    }

    private static String samplingNote(int n, ConnectedComponents components, int[] pivots, int[] pivotsPerComponent,
            double[] eccentricity, int fallbackCount, long seed, Measure measure, String traversal) {
        int largest = 0;
        for (int c = 1; c < components.count(); c++) {
            if (components.size(c) > components.size(largest)) {
                largest = c;
            }
        }
        int r = components.size(largest);
        int k = pivotsPerComponent[largest];
        // a non-pivot node of the largest component is estimated from all k of its pivots
        double root = k == 0 ? 0.0 : Math.sqrt(Math.log(2.0 / FAILURE_PROBABILITY) / (2.0 * k));
        String bound;
        if (measure == Measure.HARMONIC) {
            bound = String.format(Locale.ROOT,
                    "Hoeffding: |error| <= (r-1)*sqrt(ln(2/d)/(2k_c)) per node with prob >= %.2f,"
                            + " here <= %.4g in the largest component (r=%d, k_c=%d)",
                    1 - FAILURE_PROBABILITY, (r - 1) * root, r, k);
        } else {
            double diameterBound = 0.0;
            for (int p : pivots) {
                if (components.label(p) == largest) {
                    diameterBound = Math.max(diameterBound, 2.0 * eccentricity[p]);
                }
            }
            bound = String.format(Locale.ROOT,
                    "Hoeffding (Eppstein-Wang 2004): the average distance is within D*sqrt(ln(2/d)/(2k_c))"
                            + " per node with prob >= %.2f, here <= %.4g in the largest component"
                            + " (r=%d, k_c=%d, diameter D<=%.4g)",
                    1 - FAILURE_PROBABILITY, diameterBound * root, r, k, diameterBound);
        }
        return String.format(Locale.ROOT,
                "sampled %d of %d pivots (%s), seed %d; pivots and %d nodes in components without another pivot"
                        + " are exact, others scaled by (r-1)/k_c; %s",
                pivots.length, n, traversal, seed, fallbackCount, bound);
    }
}
