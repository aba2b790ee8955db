package org.kyosei.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.kyosei.projection.IdMap;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.kyosei.query.TieSnapshot;

/**
 * The whole graph as of a day ({@link ProjectionSpec#wholeGraph}) taken from the {@link TieSnapshot} already in
 * memory instead of a second read of the store: the same nodes (entities with a known label, in id order), the same
 * edges (relationships of a known type valid that day, each counted once, self-loops dropped).
 */
final class SnapshotProjection {
    private static final Set<String> TYPES = Arrays.stream(RelationType.values()).map(RelationType::name)
            .collect(Collectors.toUnmodifiableSet());

    private SnapshotProjection() {
    }

    static Projection wholeGraph(TieSnapshot snapshot, LocalDate asOf) {
        long start = System.nanoTime();
        int n = snapshot.entities();
        int[] dense = new int[n];
        int kept = 0;
        for (int k = 0; k < n; k++) {
            dense[k] = NodeLabel.byLabel(snapshot.label(k)).isPresent() ? kept++ : -1;
        }
        String[] ids = new String[kept];
        NodeLabel[] labels = new NodeLabel[kept];
        for (int k = 0; k < n; k++) {
            if (dense[k] >= 0) {
                ids[dense[k]] = snapshot.id(k);
                labels[dense[k]] = NodeLabel.byLabel(snapshot.label(k)).orElseThrow();
            }
        }
        CsrGraphBuilder builder = CsrGraph.builder(kept, Math.max(16, snapshot.tieEnds() / 2));
        long[] read = {0, 0}; // relationships between two ends, self-loops (seen at both their ends)
        for (int k = 0; k < n; k++) {
            int from = dense[k];
            if (from < 0) {
                continue;
            }
            snapshot.activeEnds(k, asOf, (far, type) -> {
                int to = dense[far];
                if (to < 0 || !TYPES.contains(type)) {
                    return;
                }
                if (to == from) {
                    read[1]++;
                } else if (from < to) {
                    builder.addEdge(from, to);
                    read[0]++;
                }
            });
        }
        ProjectionSpec spec = ProjectionSpec.wholeGraph(asOf);
        CsrGraph graph = builder.build(spec.aggregation());
        return new Projection(spec, new IdMap(ids, labels), graph, read[0] + read[1] / 2,
                (System.nanoTime() - start) / 1_000_000);
    }
}
