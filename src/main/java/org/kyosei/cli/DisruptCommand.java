package org.kyosei.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.kyosei.analytics.disruption.DisruptionResult;
import org.kyosei.analytics.disruption.DisruptionStep;
import org.kyosei.analytics.disruption.RemovalMode;
import org.kyosei.application.DisruptionService;
import org.kyosei.wiring.KyoseiContext;

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
        try (KyoseiContext graph = KyoseiContext.open(database.target())) {
            DisruptionService.Outcome outcome;
            try {
                outcome = graph.disruption().simulate(asOf != null ? asOf : LocalDate.now(),
                        DisruptionService.Strategy.valueOf(strategy.name()), mode, removals);
            } catch (DisruptionService.TooManyRemovalsException e) {
                throw new UserException(e.getMessage());
            }
            DisruptionResult result = outcome.result();
            out.println("step,removed_id,lcc_size,lcc_fraction");
            out.printf(Locale.ROOT, "0,,%d,%.6f%n", result.initialLccSize(),
                    result.nodeCount() == 0 ? 0.0 : (double) result.initialLccSize() / result.nodeCount());
            List<String> removed = outcome.removedIds();
            for (int i = 0; i < result.steps().size(); i++) {
                DisruptionStep step = result.steps().get(i);
                out.printf(Locale.ROOT, "%d,%s,%d,%.6f%n", step.step(), removed.get(i), step.lccSize(), step.lccFraction());
            }
            returned = removed;
            out.flush();
        }
        return ExitCodes.OK;
    }
}
