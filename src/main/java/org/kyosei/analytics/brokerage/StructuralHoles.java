package org.kyosei.analytics.brokerage;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Measures how far each node's contacts are unconnected to one another — the "structural holes"
 * a broker can span.
 */
public interface StructuralHoles {

    /** Constraint and effective size of every node. */
    StructuralHoleScores compute(CsrGraph graph);
}
