package org.kyosei.analytics.brokerage;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Counts, for each node, the brokerage roles it plays between groups of nodes. The groups come
 * from the caller (membership of recorded communities, detected communities, or organization side
 * versus community side); the counts describe positions in recorded ties, not who anyone is.
 */
public interface BrokerageRoles {

    /**
     * @param graph the network
     * @param groups the group of each node, any int values (equal values, same group)
     * @throws IllegalArgumentException when {@code groups.length} differs from the node count
     */
    BrokerageCounts compute(CsrGraph graph, int[] groups);
}
