package org.kyosei.projection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.kyosei.analytics.graph.EdgeAggregation;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/**
 * Which part of the stored graph an analysis loads: node labels, relationship types, the as-of
 * date (DATA.md: {@code since <= D <= until}), whether to use the {@code weight} property, and how
 * parallel and opposite relationships between two nodes become one undirected edge.
 *
 * <p>The projection is always undirected and simple: CLI.md's measures are defined on it.
 */
public record ProjectionSpec(Set<NodeLabel> labels, Set<RelationType> types, LocalDate asOf,
                             Optional<String> weightProperty, EdgeAggregation aggregation) {

    public ProjectionSpec {
        Objects.requireNonNull(asOf, "asOf");
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a projection needs at least one node label");
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a projection needs at least one relationship type");
        }
        labels = Set.copyOf(labels);
        types = Set.copyOf(types);
    }

    /** Every label and type, unweighted, parallel relationships counted once: the graph of CLI.md's scores. */
    public static ProjectionSpec wholeGraph(LocalDate asOf) {
        return new ProjectionSpec(EnumSet.allOf(NodeLabel.class), EnumSet.allOf(RelationType.class), asOf,
                Optional.empty(), EdgeAggregation.COUNT_ONCE);
    }

    /** The same projection weighted by the {@code weight} property, parallel weights summed. */
    public ProjectionSpec weighted() {
        return new ProjectionSpec(labels, types, asOf, Optional.of("weight"), EdgeAggregation.SUM);
    }
}
