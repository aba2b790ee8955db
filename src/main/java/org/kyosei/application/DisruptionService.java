package org.kyosei.application;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.kyosei.analysis.AnalysisOptions;
import org.kyosei.analytics.centrality.BetweennessCentrality;
import org.kyosei.analytics.centrality.PageRank;
import org.kyosei.analytics.centrality.SourceSelection;
import org.kyosei.analytics.centrality.Weighting;
import org.kyosei.analytics.disruption.CentralityRanking;
import org.kyosei.analytics.disruption.DegreeRanking;
import org.kyosei.analytics.disruption.DisruptionResult;
import org.kyosei.analytics.disruption.NodeRanking;
import org.kyosei.analytics.disruption.RemovalMode;
import org.kyosei.analytics.disruption.TargetedRemovalSimulation;
import org.kyosei.projection.Projection;

/** What if these actors were arrested: removes K nodes chosen by a strategy, following the largest component. */
public final class DisruptionService {
    /** How the actors to remove are ranked. */
    public enum Strategy { BETWEENNESS, DEGREE, PAGERANK }

    /** The simulation and the id of each node it removed, in order. */
    public record Outcome(DisruptionResult result, List<String> removedIds) {
    }

    /** Asked to remove more nodes than the graph holds. */
    public static final class TooManyRemovalsException extends RuntimeException {
        TooManyRemovalsException(int removals, int nodes) {
            super("--removals " + removals + " is more than the " + nodes + " nodes in the graph");
        }
    }

    private final Function<LocalDate, Projection> projections;

    /** @param projections the whole graph as of a day */
    public DisruptionService(Function<LocalDate, Projection> projections) {
        this.projections = projections;
    }

    public Outcome simulate(LocalDate asOf, Strategy strategy, RemovalMode mode, int removals) {
        Projection projection = projections.apply(asOf);
        if (removals > projection.ids().size()) {
            throw new TooManyRemovalsException(removals, projection.ids().size());
        }
        DisruptionResult result = new TargetedRemovalSimulation(ranking(strategy, projection.ids().size()), mode)
                .simulate(projection.graph(), removals);
        return new Outcome(result, result.steps().stream().map(step -> projection.ids().id(step.removedNode())).toList());
    }

    private static NodeRanking ranking(Strategy strategy, int nodeCount) {
        int cores = Runtime.getRuntime().availableProcessors();
        return switch (strategy) {
            case DEGREE -> new DegreeRanking();
            case PAGERANK -> new CentralityRanking(g -> new PageRank().compute(g));
            case BETWEENNESS -> new CentralityRanking(g -> new BetweennessCentrality(Weighting.UNWEIGHTED,
                    SourceSelection.forGraphSize(nodeCount, AnalysisOptions.EXACT_NODE_LIMIT, AnalysisOptions.SAMPLE_SIZE, AnalysisOptions.SEED),
                    cores).compute(g));
        };
    }
}
