package org.kyosei.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import org.kyosei.application.Bounds;
import org.kyosei.application.PathService;
import org.kyosei.application.UnknownEntityException;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei path FROM TO}: the K shortest loopless paths (Yen) between two entities. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = "The K shortest paths between two entities as of a date, one per line: ids joined by '>', then the hop count.")
final class PathCommand implements Callable<Integer>, ReturnsIds {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "FROM", description = "Entity id.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Entity id.")
    String to;

    @Option(names = "--k", paramLabel = "K", defaultValue = "3", description = "How many paths, 1..20 (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The graph as of this day (default: today).")
    LocalDate asOf;

    /** Entity ids shown by the last run, for the audit trail. */
    private List<String> returned = List.of();

    @Override
    public List<String> returnedIds() {
        return returned;
    }

    @Override
    public Integer call() {
        if (k < 1 || k > Bounds.MAX_K) {
            throw new UserException("--k must be between 1 and " + Bounds.MAX_K + ", got " + k);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (KyoseiContext graph = KyoseiContext.open(database.target())) {
            PathService.Found found;
            try {
                found = graph.paths().shortest(from, to, k, asOf != null ? asOf : LocalDate.now());
            } catch (UnknownEntityException e) {
                throw new UserException("no entity '" + e.id() + "' in the graph as of " + e.asOf());
            }
            if (found.paths().isEmpty()) {
                spec.commandLine().getErr().println("no path between " + from + " and " + to + " as of " + found.asOf());
            }
            java.util.Set<String> shown = new java.util.LinkedHashSet<>();
            for (PathService.PathIds path : found.paths()) {
                StringJoiner ids = new StringJoiner(">");
                for (String node : path.nodes()) {
                    ids.add(node);
                    shown.add(node);
                }
                out.println(ids + " (" + path.hops() + " hops)");
            }
            returned = List.copyOf(shown);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
