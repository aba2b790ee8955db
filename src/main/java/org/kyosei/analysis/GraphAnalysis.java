package org.kyosei.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.kyosei.analytics.brokerage.BrokerageCounts;
import org.kyosei.analytics.brokerage.BrokerageRole;
import org.kyosei.analytics.brokerage.BurtStructuralHoles;
import org.kyosei.analytics.brokerage.GouldFernandezBrokerage;
import org.kyosei.analytics.brokerage.StructuralHoleScores;
import org.kyosei.analytics.centrality.BetweennessCentrality;
import org.kyosei.analytics.centrality.CoreDecomposition;
import org.kyosei.analytics.centrality.DegreeCentrality;
import org.kyosei.analytics.centrality.HarmonicCentrality;
import org.kyosei.analytics.centrality.NodeScores;
import org.kyosei.analytics.centrality.PageRank;
import org.kyosei.analytics.centrality.SourceSelection;
import org.kyosei.analytics.centrality.Weighting;
import org.kyosei.analytics.community.Communities;
import org.kyosei.analytics.community.Louvain;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.projection.Projection;

/**
 * The measures of CLI.md's scores CSV, computed on a projection: degree, PageRank, betweenness,
 * harmonic centrality, coreness, Louvain community, Burt's constraint and effective size, then
 * Gould-Fernandez brokerage counts relative to the detected communities (on the undirected graph
 * representative equals gatekeeper, so only gatekeeper is written). Pure:
 * no database, no I/O; every phase is timed.
 */
public final class GraphAnalysis {
    private final AnalysisOptions options;

    public GraphAnalysis(AnalysisOptions options) {
        this.options = options;
    }

    public ScoreTable run(Projection projection, PhaseTimer timer) {
        CsrGraph graph = projection.graph();
        int cores = Runtime.getRuntime().availableProcessors();
        Weighting weighting = options.weighted() ? Weighting.WEIGHTED : Weighting.UNWEIGHTED;
        SourceSelection sources = options.exact()
                ? SourceSelection.all()
                : SourceSelection.forGraphSize(graph.nodeCount(), options.exactNodeLimit(), options.sampleSize(), options.seed());

        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("degree", timer.time("degree", () -> new DegreeCentrality().compute(graph), GraphAnalysis::note).scores());
        columns.put("pagerank", timer.time("pagerank", () -> new PageRank(weighting).compute(graph), GraphAnalysis::note).scores());
        columns.put("betweenness", timer.time("betweenness",
                () -> new BetweennessCentrality(weighting, sources, cores).compute(graph), GraphAnalysis::note).scores());
        columns.put("harmonic", timer.time("harmonic",
                () -> new HarmonicCentrality(weighting, sources, cores).compute(graph), GraphAnalysis::note).scores());
        columns.put("coreness", timer.time("coreness", () -> new CoreDecomposition().compute(graph), GraphAnalysis::note).scores());
        Communities communities = timer.time("community (Louvain)",
                () -> new Louvain(options.seed(), 1.0, options.weighted()).detect(graph),
                c -> String.format(Locale.ROOT, "%d communities, modularity %.4f", c.count(), c.modularity()));
        columns.put("community", Arrays.stream(communities.labels()).asDoubleStream().toArray());
        StructuralHoleScores holes = timer.time("structural holes",
                () -> new BurtStructuralHoles(options.weighted() && allWeightsPositive(graph), cores).compute(graph),
                h -> "Burt constraint and effective size");
        columns.put("constraint", holes.constraint());
        columns.put("effective_size", holes.effectiveSize());
        BrokerageCounts roles = timer.time("brokerage roles",
                () -> new GouldFernandezBrokerage(cores).compute(graph, communities.labels()),
                r -> "Gould-Fernandez roles relative to the Louvain communities");
        columns.put("brokerage_coordinator", asDoubles(roles.counts(BrokerageRole.COORDINATOR)));
        columns.put("brokerage_itinerant", asDoubles(roles.counts(BrokerageRole.ITINERANT)));
        columns.put("brokerage_gatekeeper", asDoubles(roles.counts(BrokerageRole.GATEKEEPER)));
        columns.put("brokerage_liaison", asDoubles(roles.counts(BrokerageRole.LIAISON)));
        return new ScoreTable(projection.ids(), columns);
    }

    private static double[] asDoubles(long[] counts) {
        return Arrays.stream(counts).asDoubleStream().toArray();
    }

    /** Burt's weighted measures need positive tie strengths; a zero fee or amount falls back to unweighted. */
    private static boolean allWeightsPositive(CsrGraph graph) {
        for (double weight : graph.weights()) {
            if (!(weight > 0)) {
                return false;
            }
        }
        return true;
    }

    private static String note(NodeScores scores) {
        return scores.note() == null || scores.note().isEmpty() ? (scores.exact() ? "exact" : "") : scores.note();
    }
}
