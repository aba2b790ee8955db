package org.kyosei.application;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.kyosei.analysis.AnalysisOptions;
import org.kyosei.analysis.GraphAnalysis;
import org.kyosei.analysis.PhaseTimer;
import org.kyosei.analysis.ScoreTable;
import org.kyosei.application.port.ProjectionSource;
import org.kyosei.application.port.ScoreStore;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;

/** The analysis use case: project as of a date, compute the measures, store them; every phase timed. */
public final class AnalysisService {
    private final ProjectionSource projections;
    private final ScoreStore scores;

    public AnalysisService(ProjectionSource projections, ScoreStore scores) {
        this.projections = projections;
        this.scores = scores;
    }

    /** Runs the analysis; {@code store} writes the scores to the nodes and the run history. */
    public ScoreTable analyze(AnalysisOptions options, boolean store, PhaseTimer timer) {
        return new TimedRun<Projection, ScoreTable>(timer) {
            @Override
            protected Projection load() {
                ProjectionSpec spec = options.weighted() ? ProjectionSpec.wholeGraph(options.asOf()).weighted()
                        : ProjectionSpec.wholeGraph(options.asOf());
                return projections.project(spec);
            }

            @Override
            protected Step loaded(Projection p) {
                return new Step("projection", String.format(Locale.ROOT, "%,d nodes, %,d edges from %,d relationships, %.0f bytes/edge",
                        p.ids().size(), p.graph().edgeCount(), p.relationshipsRead(), p.bytesPerEdge()));
            }

            @Override
            protected ScoreTable compute(Projection projection, PhaseTimer phases) {
                return new GraphAnalysis(options).run(projection, phases);
            }

            @Override
            protected boolean writesBack() {
                return store;
            }

            @Override
            protected Step writeBack(Projection projection, ScoreTable table) {
                String runId = options.asOf() + "@" + Instant.now();
                long written = scores.write(runId, options.asOf(), table,
                        Map.of("weighted", options.weighted(), "edges", projection.graph().edgeCount()));
                return new Step("write-back", String.format(Locale.ROOT, "%,d nodes, run kept in history", written));
            }
        }.run();
    }
}
