package org.kyosei.cli;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.Neo4jProjector;

/** Loads the whole graph as of a date for the commands that work on the projection. */
final class AsOfProjection {
    private AsOfProjection() {
    }

    static Projection load(GraphConnection graph, LocalDate asOf, boolean weighted) {
        ProjectionSpec spec = weighted ? ProjectionSpec.wholeGraph(asOf).weighted() : ProjectionSpec.wholeGraph(asOf);
        return new Neo4jProjector(graph.driver()).project(spec);
    }

    /** The node of {@code id}, or a user error naming the id and the date. */
    static int node(Projection projection, String id) {
        OptionalInt node = projection.ids().node(id);
        if (node.isEmpty()) {
            throw new UserException("no entity '" + id + "' in the graph as of " + projection.spec().asOf());
        }
        return node.getAsInt();
    }
}
