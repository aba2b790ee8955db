package org.kyosei.cli;

import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;

import org.kyosei.query.QueryResult;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.ReadOnlyQueries;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei cypher "STATEMENT"}: an ad-hoc read-only statement. */
@Command(name = "cypher", mixinStandardHelpOptions = true,
        description = "Runs an ad-hoc Cypher statement in a read transaction: the database refuses any write.")
final class CypherCommand implements Callable<Integer>, ReturnsIds {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    QueryLimits limits;

    @Parameters(paramLabel = "STATEMENT", description = "The Cypher statement.")
    String statement;

    /** Entity ids shown by the last run, for the audit trail. */
    private List<String> returned = List.of();

    @Override
    public List<String> returnedIds() {
        return returned;
    }

    @Override
    public Integer call() {
        int limit = limits.limit();
        var timeout = limits.timeout();
        try (GraphConnection graph = GraphConnection.open(database.target())) {
            QueryResult result = new ReadOnlyQueries(graph.driver()).run(statement, Map.of(), limit, timeout);
            returned = ResultIds.of(result);
            RowPrinter.print(result, limits.format, spec.commandLine().getOut(), spec.commandLine().getErr());
            return ExitCodes.OK;
        }
    }
}
