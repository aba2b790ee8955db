package org.kyosei.analytics.centrality;

/**
 * How the shortest-path centralities (betweenness, closeness, harmonic) traverse a graph: one record, validated
 * once, instead of the same four fields and checks in each.
 *
 * @param weighting       hops, or weights as edge lengths
 * @param sources         every node (exact) or a seeded sample of sources (estimate)
 * @param concurrency     number of worker threads, at least 1
 * @param relabelMinNodes from how many nodes the adjacency is renumbered for locality (see {@link Adjacency})
 */
record TraversalSettings(Weighting weighting, SourceSelection sources, int concurrency, int relabelMinNodes) {
    TraversalSettings {
        Checks.notNull(weighting, "weighting");
        Checks.notNull(sources, "sources");
        concurrency = Checks.concurrency(concurrency);
    }

    /** With the default renumbering threshold. */
    TraversalSettings(Weighting weighting, SourceSelection sources, int concurrency) {
        this(weighting, sources, concurrency, Adjacency.RELABEL_MIN_NODES);
    }

    /** Exact, unweighted, on every available core. */
    static TraversalSettings exact() {
        return new TraversalSettings(Weighting.UNWEIGHTED, SourceSelection.all(), Checks.defaultConcurrency());
    }

    boolean weighted() {
        return weighting == Weighting.WEIGHTED;
    }
}
