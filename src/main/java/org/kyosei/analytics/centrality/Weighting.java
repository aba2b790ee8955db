package org.kyosei.analytics.centrality;

/** Whether a measure reads the edge weights of the graph or treats every edge as weight 1. */
public enum Weighting {
    /** Every edge counts as 1 (hops); the graph's weights are ignored. */
    UNWEIGHTED,
    /**
     * Edge weights are used: as lengths for shortest-path measures (betweenness, closeness,
     * harmonic), as strengths for spectral and random-walk measures (PageRank, eigenvector, Katz).
     */
    WEIGHTED
}
