package org.kyosei.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.kyosei.analytics.centrality.BetweennessCentrality;
import org.kyosei.analytics.centrality.PageRank;
import org.kyosei.analytics.centrality.SourceSelection;
import org.kyosei.analytics.centrality.Weighting;
import org.kyosei.analytics.disruption.CentralityRanking;
import org.kyosei.analytics.disruption.DegreeRanking;
import org.kyosei.analytics.disruption.DisruptionResult;
import org.kyosei.analytics.disruption.DisruptionStep;
import org.kyosei.analytics.disruption.NodeRanking;
import org.kyosei.analytics.disruption.RemovalMode;
import org.kyosei.analytics.disruption.TargetedRemovalSimulation;
import org.kyosei.analysis.AnalysisOptions;
import org.kyosei.projection.Projection;
import org.kyosei.store.GraphConnection;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei disrupt}: what-if removal of key actors (Cavallaro et al. 2020). */
@Command(name = "disrupt", mixinStandardHelpOptions = true,
        description = {"What if these actors were arrested: removes K nodes chosen by a strategy and prints the largest "
                + "connected component after each removal, as step,removed_id,lcc_size,lcc_fraction.",
                "sequential recomputes the ranking after each removal; block ranks once and removes the top K."})
final class DisruptCommand implements Callable<Integer>, ReturnsIds {
    enum Strategy { BETWEENNESS, DEGREE, PAGERANK }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The graph as of this day (default: today).")
    LocalDate asOf;

    @Option(names = "--removals", paramLabel = "K", defaultValue = "10", description = "Nodes to remove (default: ${DEFAULT-VALUE}).")
    int removals;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "betweenness",
            description = "betweenness, degree or pagerank (default: ${DEFAULT-VALUE}).")
    Strategy strategy;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "sequential", description = "sequential or block (default: ${DEFAULT-VALUE}).")
    RemovalMode mode;

    /** Entity ids shown by the last run, for the audit trail. */
    private List<String> returned = List.of();

    @Override
    public List<String> returnedIds() {
        return returned;
    }

    @Override
    public Integer call() {
        if (removals < 0) {
            throw new UserException("--removals must be >= 0, got " + removals);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (GraphConnection graph = GraphConnection.open(database.target())) {
            Projection projection = AsOfProjection.load(graph, asOf != null ? asOf : LocalDate.now(), false);
            if (removals > projection.ids().size()) {
                throw new UserException("--removals " + removals + " is more than the " + projection.ids().size() + " nodes in the graph");
            }
            DisruptionResult result = new TargetedRemovalSimulation(ranking(projection.ids().size()), mode)
                    .simulate(projection.graph(), removals);
            out.println("step,removed_id,lcc_size,lcc_fraction");
            out.printf(Locale.ROOT, "0,,%d,%.6f%n", result.initialLccSize(),
                    result.nodeCount() == 0 ? 0.0 : (double) result.initialLccSize() / result.nodeCount());
            for (DisruptionStep step : result.steps()) {
                out.printf(Locale.ROOT, "%d,%s,%d,%.6f%n", step.step(), projection.ids().id(step.removedNode()), step.lccSize(), step.lccFraction());
            }
            returned = result.steps().stream().map(step -> projection.ids().id(step.removedNode())).toList();
            out.flush();
        }
        return ExitCodes.OK;
    }

    private NodeRanking ranking(int nodeCount) {
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
