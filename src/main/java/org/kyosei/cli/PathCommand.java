package org.kyosei.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import org.kyosei.analytics.paths.Path;
import org.kyosei.analytics.paths.YenKShortestPaths;
import org.kyosei.projection.Projection;
import org.kyosei.store.GraphConnection;

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
    static final int K_MAX = 20;

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
        if (k < 1 || k > K_MAX) {
            throw new UserException("--k must be between 1 and " + K_MAX + ", got " + k);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (GraphConnection graph = GraphConnection.open(database.target())) {
            Projection projection = AsOfProjection.load(graph, asOf != null ? asOf : LocalDate.now(), false);
            int source = AsOfProjection.node(projection, from);
            int target = AsOfProjection.node(projection, to);
            List<Path> paths = new YenKShortestPaths(projection.graph()).paths(source, target, k);
            if (paths.isEmpty()) {
                spec.commandLine().getErr().println("no path between " + from + " and " + to + " as of " + projection.spec().asOf());
            }
            java.util.Set<String> shown = new java.util.LinkedHashSet<>();
            for (Path path : paths) {
                StringJoiner ids = new StringJoiner(">");
                for (int node : path.nodes()) {
                    ids.add(projection.ids().id(node));
                    shown.add(projection.ids().id(node));
                }
                out.println(ids + " (" + path.hops() + " hops)");
            }
            returned = List.copyOf(shown);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
