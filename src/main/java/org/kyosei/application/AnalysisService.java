package org.kyosei.application;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.kyosei.analysis.AnalysisOptions;
import org.kyosei.analysis.GraphAnalysis;
import org.kyosei.analysis.PhaseTimer;
import org.kyosei.analysis.ScoreTable;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.Neo4jProjector;
import org.kyosei.store.Neo4jScoreStore;

/** The analysis use case: project as of a date, compute the measures, store them; every phase timed. */
public final class AnalysisService {
    private final GraphConnection graph;

    public AnalysisService(GraphConnection graph) {
        this.graph = graph;
    }

    /** Runs the analysis; {@code store} writes the scores to the nodes and the run history. */
    public ScoreTable analyze(AnalysisOptions options, boolean store, PhaseTimer timer) {
        ProjectionSpec spec = options.weighted() ? ProjectionSpec.wholeGraph(options.asOf()).weighted()
                : ProjectionSpec.wholeGraph(options.asOf());
        Projection projection = timer.time("projection", () -> new Neo4jProjector(graph.driver()).project(spec),
                p -> String.format(Locale.ROOT, "%,d nodes, %,d edges from %,d relationships, %.0f bytes/edge",
                        p.ids().size(), p.graph().edgeCount(), p.relationshipsRead(), p.bytesPerEdge()));
        ScoreTable table = new GraphAnalysis(options).run(projection, timer);
        if (store) {
            String runId = options.asOf() + "@" + Instant.now();
            timer.time("write-back", () -> new Neo4jScoreStore(graph.driver()).write(runId, options.asOf(), table,
                            Map.of("weighted", options.weighted(), "edges", projection.graph().edgeCount())),
                    n -> String.format(Locale.ROOT, "%,d nodes, run kept in history", n));
        }
        return table;
    }
}
