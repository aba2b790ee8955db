package org.kyosei.cli;

import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;

import org.kyosei.application.AnalystQueries;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei cypher "STATEMENT"}: an ad-hoc read-only statement on the analysts' pseudonymised read model. */
@Command(name = "cypher", mixinStandardHelpOptions = true,
        description = {"Runs an ad-hoc Cypher statement, as an analyst would, on a pseudonymised copy of the graph:",
                "ids are pseudonyms; names, identifier values and provenance are not in it. Only reads of the graph",
                "run: writes, administrative commands, procedures and LOAD CSV are refused."})
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
        try (KyoseiContext graph = KyoseiContext.open(database.target());
             AnalystQueries queries = AnalystModelOpener.open(graph, spec)) {
            AnalystQueries.Answer answer = queries.adHoc(statement, Map.of(), limit, timeout);
            returned = answer.subjectsShown();
            RowPrinter.print(answer.result(), limits.format, spec.commandLine().getOut(), spec.commandLine().getErr());
            return ExitCodes.OK;
        } catch (AnalystQueries.RefusedException e) {
            throw new UserException(e.getMessage());
        }
    }
}
