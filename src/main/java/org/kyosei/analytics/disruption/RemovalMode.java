package org.kyosei.analytics.disruption;

/** How a disruption simulation uses its ranking. */
public enum RemovalMode {
    /** Recompute the ranking on the remaining graph after every removal. */
    SEQUENTIAL,
    /** Rank once on the whole graph and remove the top K in rank order. */
    BLOCK
}
