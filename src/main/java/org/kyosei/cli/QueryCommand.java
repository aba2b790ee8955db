package org.kyosei.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;

import org.kyosei.application.AnalystQueries;
import org.kyosei.query.QueryParameter;
import org.kyosei.query.SavedQuery;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kyosei query NAME}: runs a saved read-only query from {@code cypher/queries} on the analysts'
 * pseudonymised read model (entity ids given and shown are pseudonyms).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a saved read-only query (cypher/queries/NAME.cypher) on a pseudonymised copy of the graph,",
                "as an analyst would: ids given with --param and shown in the rows are pseudonyms.",
                "Without NAME, or with --list, lists the saved queries and their parameters."})
final class QueryCommand implements Callable<Integer>, ReturnsIds {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    QueryLimits limits;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The saved query.")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A query parameter; repeat for several.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--list", description = "List the saved queries.")
    boolean list;

    /** Entity ids shown by the last run, for the audit trail. */
    private List<String> returned = List.of();

    @Override
    public List<String> returnedIds() {
        return returned;
    }

    @Override
    public Integer call() {
        SavedQueryCatalog catalog = KyoseiContext.savedQueries();
        PrintWriter out = spec.commandLine().getOut();
        if (list || name == null) {
            printCatalog(catalog, out);
            return ExitCodes.OK;
        }
        SavedQuery query = catalog.find(name).orElseThrow(() -> new UserException("no saved query '" + name
                + "' (saved: " + catalog.all().stream().map(SavedQuery::name).toList() + ")"));
        Map<String, Object> bound = SavedQueryCatalog.bind(query, parameters, LocalDate.now());   // before the database opens
        int limit = limits.limit();
        var timeout = limits.timeout();
        try (KyoseiContext graph = KyoseiContext.open(database.target());
             AnalystQueries queries = AnalystModelOpener.open(graph, spec)) {
            AnalystQueries.Answer answer = queries.saved(query, bound, limit, timeout);
            returned = answer.subjectsShown();
            RowPrinter.print(answer.result(), limits.format, out, spec.commandLine().getErr());
            return ExitCodes.OK;
        } catch (AnalystQueries.RefusedException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static void printCatalog(SavedQueryCatalog catalog, PrintWriter out) {
        for (SavedQuery query : catalog.all()) {
            out.println(query.name() + " - " + query.purpose());
            for (QueryParameter p : query.parameters()) {
                out.println("    --param " + p.name() + "=<" + p.type().name().toLowerCase(java.util.Locale.ROOT) + ">"
                        + p.defaultValue().map(d -> " (default " + d + ")").orElse("") + "  " + p.description());
            }
            out.println("    columns: " + String.join(", ", query.columns()));
        }
        out.flush();
    }
}
