package org.kyosei.analytics.centrality;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Harmonic centrality: {@code H(v) = Σ_{u ≠ v} 1/d(v, u)}, with {@code 1/∞ = 0} for unreachable
 * nodes, so it is well defined on disconnected graphs. <b>Not normalised</b> (divide by
 * {@code n-1} for NetworkX's / JGraphT's normalised value).
 *
 * <p>Reference: M. Marchiori and V. Latora, <i>Harmony in the small-world</i>, Physica A
 * 285:539–546, 2000; P. Boldi and S. Vigna, <i>Axioms for centrality</i>, Internet Mathematics
 * 10(3–4):222–262, 2014.
 *
 * <p><b>Exact</b>: a BFS from every node, run 64 sources at a time by {@link MultiSourceBfs}
 * (bit-parallel; sources whose searches overlap share the adjacency scans), batches in parallel:
 * {@code O(n·m)} time in the worst case, typically a few single searches per batch of 64 on
 * small-world graphs; {@code 36n} bytes of workspace per worker. Weighted (weights as lengths,
 * finite and {@code > 0}): Dijkstra from every node, {@code O(n·(m + n log n))}.
 *
 * <p><b>Sampled</b> ({@link SourceSelection#sample}): traversals from k pivots drawn uniformly
 * without replacement. A pivot's own score is exact. For any other node {@code v} in a component
 * of {@code r} nodes holding {@code k_c} pivots, {@code H(v) ≈ (r−1)/k_c · Σ_{pivots p} 1/d(p, v)},
 * an unbiased estimate: the pivots in its component are a uniform sample of the other
 * {@code r−1} nodes (D. Eppstein and J. Wang, <i>Fast approximation of centrality</i>, J. Graph
 * Algorithms and Applications 8(1):39–45, 2004). As each term lies in [0, 1], Hoeffding's
 * inequality gives {@code |error| ≤ (r−1)·sqrt(ln(2/δ)/(2k_c))} with probability at least
 * {@code 1−δ} per node; the note states it for the largest component at {@code δ = 0.05}. Nodes
 * whose component holds no other pivot get an exact traversal (cheap: such components are small
 * with high probability). Time {@code O(k·m)} plus those traversals, plus {@code O(n + m)} for
 * the components.
 */
public final class HarmonicCentrality implements CentralityAlgorithm {

    /** The measure's name. */
    public static final String NAME = "harmonic";

    private final TraversalSettings settings;

    /** Exact, unweighted, on every available core. */
    public HarmonicCentrality() {
        this.settings = TraversalSettings.exact();
    }

    /**
     * @param weighting hops, or weights as edge lengths
     * @param sources every node (exact) or a seeded sample of pivots (estimate)
     * @param concurrency number of worker threads, at least 1
     */
    public HarmonicCentrality(Weighting weighting, SourceSelection sources, int concurrency) {
        this.settings = new TraversalSettings(weighting, sources, concurrency);
    }

    /** With another renumbering threshold (see {@link Adjacency}); for tests. */
    HarmonicCentrality(Weighting weighting, SourceSelection sources, int concurrency, int relabelMinNodes) {
        this.settings = new TraversalSettings(weighting, sources, concurrency, relabelMinNodes);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NodeScores compute(CsrGraph graph) {
        return DistanceSums.compute(graph, settings.weighting(), settings.sources(), settings.concurrency(),
                DistanceSums.Measure.HARMONIC, settings.relabelMinNodes());
    }
}
