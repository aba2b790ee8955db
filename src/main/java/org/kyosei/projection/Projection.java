package org.kyosei.projection;

import org.kyosei.analytics.graph.CsrGraph;

/** A loaded graph: its dense numbering, its edges, the spec it came from, and what loading cost. */
public record Projection(ProjectionSpec spec, IdMap ids, CsrGraph graph, long relationshipsRead, long loadMillis) {

    /** Heap bytes per undirected edge, the id map included. */
    public double bytesPerEdge() {
        long edges = Math.max(1, graph.edgeCount());
        return (double) (graph.memoryBytes() + ids.memoryBytes()) / edges;
    }
}
