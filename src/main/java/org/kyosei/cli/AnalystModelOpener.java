package org.kyosei.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.kyosei.application.AnalystQueries;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.store.GraphConnection;

import picocli.CommandLine.Model.CommandSpec;

/** Builds the analysts' read model for one command, saying so on a terminal (it takes seconds on a large graph). */
final class AnalystModelOpener {
    private AnalystModelOpener() {
    }

    static AnalystQueries open(GraphConnection graph, CommandSpec spec) {
        boolean terminal = System.console() != null;
        PrintWriter err = spec.commandLine().getErr();
        if (terminal) {
            err.print("kyosei: building the pseudonymised read model of the graph ...");
            err.flush();
        }
        AnalystQueries queries = AnalystQueries.buildNow(graph, PseudonymKeyFile.pseudonymizer(spec), SavedQueryCatalog.load());
        if (terminal) {
            queries.size().ifPresent(size -> err.printf(Locale.ROOT, " %,d entities, %,d ties in %.1f s%n",
                    size.entities(), size.ties(), size.buildTime().toMillis() / 1000.0));
            err.flush();
        }
        return queries;
    }
}
