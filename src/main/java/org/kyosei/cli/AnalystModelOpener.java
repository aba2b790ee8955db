package org.kyosei.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.kyosei.application.AnalystQueries;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Opens the analysts' read model for one command: kept in {@code analyst-model} beside the audit folder and built
 * anew only when the graph or the pseudonym key changed (about a minute for 100,000 people), saying so on a terminal.
 */
final class AnalystModelOpener {
    private AnalystModelOpener() {
    }

    static AnalystQueries open(KyoseiContext graph, CommandSpec spec) {
        boolean terminal = System.console() != null;
        PrintWriter err = spec.commandLine().getErr();
        if (terminal) {
            err.print("kyosei: opening the pseudonymised read model of the graph (built anew when the graph changed) ...");
            err.flush();
        }
        java.nio.file.Path folder = AuditSettings.dirFor(spec).toAbsolutePath().normalize().resolveSibling("analyst-model");
        AnalystQueries queries = graph.analystQueriesKeptIn(folder, PseudonymKeyFile.pseudonymizer(spec));
        if (terminal) {
            queries.size().ifPresent(size -> err.printf(Locale.ROOT, " %,d entities, %,d ties in %.1f s%n",
                    size.entities(), size.ties(), size.buildTime().toMillis() / 1000.0));
            err.flush();
        }
        return queries;
    }
}
