package org.kyosei.cli;

import java.util.Map;
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
final class CypherCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    QueryLimits limits;

    @Parameters(paramLabel = "STATEMENT", description = "The Cypher statement.")
    String statement;

    @Override
    public Integer call() {
        int limit = limits.limit();
        var timeout = limits.timeout();
        try (GraphConnection graph = GraphConnection.open(database.target())) {
            QueryResult result = new ReadOnlyQueries(graph.driver()).run(statement, Map.of(), limit, timeout);
            RowPrinter.print(result, limits.format, spec.commandLine().getOut(), spec.commandLine().getErr());
            return ExitCodes.OK;
        }
    }
}
