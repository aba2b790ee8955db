package org.kyosei.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.Callable;

import org.kyosei.application.Bounds;
import org.kyosei.query.Neighbourhood;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei ego ID}: the capped neighbourhood of an entity. */
@Command(name = "ego", mixinStandardHelpOptions = true,
        description = "The entities and relationships around an entity as of a date, up to --hops, at most --limit "
                + "entities (strongest and most recent ties first); says when the cap cut the neighbourhood short.")
final class EgoCommand implements Callable<Integer>, ReturnsIds {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "ID", description = "Entity id.")
    String id;

    @Option(names = "--hops", paramLabel = "H", defaultValue = "1", description = "1..4 (default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "Most entities to show (default: ${DEFAULT-VALUE}).")
    int limit;

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
        if (hops < 1 || hops > Bounds.MAX_HOPS) {
            throw new UserException("--hops must be between 1 and " + Bounds.MAX_HOPS + ", got " + hops);
        }
        if (limit < 1) {
            throw new UserException("--limit must be at least 1, got " + limit);
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        PrintWriter out = spec.commandLine().getOut();
        try (KyoseiContext graph = KyoseiContext.open(database.target())) {
            Neighbourhood neighbourhood = graph.neighbourhoods().around(id, hops, date, limit)
                    .orElseThrow(() -> new UserException("no entity '" + id + "' in the graph"));
            out.printf(Locale.ROOT, "%d entities within %d %s of %s as of %s%s%n", neighbourhood.nodes().size(), hops,
                    hops == 1 ? "hop" : "hops", id, date,
                    neighbourhood.truncated() ? " (capped at " + limit + "; more exist, raise --limit)" : "");
            returned = neighbourhood.nodes().stream().map(m -> m.id()).toList();
            TextTable nodes = new TextTable("hop", "id", "label");
            neighbourhood.nodes().forEach(m -> nodes.row(m.hop(), m.id(), m.label()));
            nodes.print(out);
            out.println();
            TextTable ties = new TextTable("src", "type", "dst", "since", "weight", "confidence");
            neighbourhood.ties().forEach(t -> ties.row(t.src(), t.type(), t.dst(),
                    t.since().equals("0001-01-01") ? "" : t.since(), t.weight(), t.confidence()));
            ties.print(out);
        }
        return ExitCodes.OK;
    }
}
