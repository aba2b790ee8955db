package org.kyosei.analytics.community;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Partitions the nodes of an undirected graph into communities: groups with many ties inside and
 * few ties between them. A community here is a structural fact about recorded ties, never a
 * judgement about the people in it.
 */
public interface CommunityDetection {

    /** The communities of {@code graph}; isolated nodes form communities of their own. */
    Communities detect(CsrGraph graph);
}
