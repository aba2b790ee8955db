package org.kyosei.analytics.centrality;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Closeness centrality in the Wasserman–Faust form, which stays meaningful on disconnected
 * graphs: for a node {@code v} reaching {@code r} nodes (itself included) at total distance
 * {@code S(v) = Σ d(v, u)} over the reached {@code u},
 * {@code C(v) = ((r−1)/(n−1)) · ((r−1)/S(v))}, and {@code C(v) = 0} when {@code r = 1}.
 * On a connected graph this is the classic {@code (n−1)/S(v)}; in a component of {@code r}
 * nodes the closeness within the component is scaled down by the component's share
 * {@code (r−1)/(n−1)}. It equals NetworkX's {@code closeness_centrality(G, wf_improved=True)};
 * JGraphT's normalised {@code ClosenessCentrality} agrees on connected graphs only (it returns 0
 * everywhere on a disconnected graph).
 *
 * <p>Reference: S. Wasserman and K. Faust, <i>Social Network Analysis: Methods and
 * Applications</i>, Cambridge University Press, 1994, p. 201; A. Bavelas, 1950.
 *
 * <p><b>Exact</b>: a BFS from every node, 64 at a time by {@link MultiSourceBfs}, batches in
 * parallel ({@code O(n·m)} worst case, much less on small-world graphs); weighted (weights as
 * lengths, finite and {@code > 0}): Dijkstra from every node. Memory as
 * {@link HarmonicCentrality}.
 *
 * <p><b>Sampled</b> ({@link SourceSelection#sample}): as {@link HarmonicCentrality}, the sum of
 * distances of a non-pivot node is estimated as {@code (r−1)/k_c · Σ_{pivots p} d(p, v)} from the
 * {@code k_c} pivots in its component ({@code r} is known exactly from the components), after
 * D. Eppstein and J. Wang, <i>Fast approximation of centrality</i>, JGAA 8(1):39–45, 2004: the
 * average distance is within {@code Δ·sqrt(ln(2/δ)/(2k_c))} with probability at least
 * {@code 1−δ}, {@code Δ} the component's diameter (the note bounds it by twice the largest pivot
 * eccentricity). Pivots, and nodes whose component holds no other pivot, are exact.
 */
public final class ClosenessCentrality implements CentralityAlgorithm {

    /** The measure's name. */
    public static final String NAME = "closeness";

    private final TraversalSettings settings;

    /** Exact, unweighted, on every available core. */
    public ClosenessCentrality() {
        this.settings = TraversalSettings.exact();
    }

    /**
     * @param weighting hops, or weights as edge lengths
     * @param sources every node (exact) or a seeded sample of pivots (estimate)
     * @param concurrency number of worker threads, at least 1
     */
    public ClosenessCentrality(Weighting weighting, SourceSelection sources, int concurrency) {
        this.settings = new TraversalSettings(weighting, sources, concurrency);
    }

    /** With another renumbering threshold (see {@link Adjacency}); for tests. */
    ClosenessCentrality(Weighting weighting, SourceSelection sources, int concurrency, int relabelMinNodes) {
        this.settings = new TraversalSettings(weighting, sources, concurrency, relabelMinNodes);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NodeScores compute(CsrGraph graph) {
        return DistanceSums.compute(graph, settings.weighting(), settings.sources(), settings.concurrency(),
                DistanceSums.Measure.CLOSENESS, settings.relabelMinNodes());
    }
}
