package org.kyosei.analytics.graph;

/** How the weights of parallel or opposite relationships between two nodes become one edge weight. */
public enum EdgeAggregation {
    /** Keep the largest weight. */
    MAX,
    /** Add the weights up. */
    SUM,
    /** Every edge weighs 1, however many relationships back it. */
    COUNT_ONCE
}
