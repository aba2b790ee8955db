package org.kyosei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.kyosei.analysis.AnalysisOptions;
import org.kyosei.analysis.PhaseTimer;
import org.kyosei.analysis.ScoreTable;
import org.kyosei.analysis.ScoresCsv;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei analyze}: projection, the measures, write-back and history, the scores CSV. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Projects the graph as of a date, computes degree, PageRank, betweenness, harmonic centrality, "
                + "coreness, Louvain communities, constraint and effective size, stores them on the nodes and in the "
                + "run history, and writes the scores CSV.",
                "Betweenness and harmonic centrality are exact up to 50,000 nodes, above that estimated from 256 "
                + "sampled sources unless --exact."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Analyse the graph as of this day (default: today).")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the scores CSV here.")
    Path out;

    @Option(names = "--weighted", description = "Use relationship weights (parallel weights summed).")
    boolean weighted;

    @Option(names = "--exact", description = "Exact betweenness and harmonic centrality at any size.")
    boolean exact;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + AnalysisOptions.SAMPLE_SIZE,
            description = "Sampled sources above 50,000 nodes (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + AnalysisOptions.SEED,
            description = "Seed for sampling and Louvain (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-write", description = "Do not store the scores in the database.")
    boolean noWrite;

    @Override
    public Integer call() {
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        AnalysisOptions options = new AnalysisOptions(date, weighted, exact, AnalysisOptions.EXACT_NODE_LIMIT, samples, seed);
        PrintWriter console = spec.commandLine().getOut();
        PhaseTimer timer = new PhaseTimer();
        try (KyoseiContext graph = KyoseiContext.open(database.target())) {
            ScoreTable table = graph.analysis().analyze(options, !noWrite, timer);
            if (out != null) {
                timer.time("scores csv", () -> writeCsv(table, out), path -> path.toString());
            }
            printSummary(console, date, timer);
        }
        return ExitCodes.OK;
    }

    static Path writeCsv(ScoreTable table, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                ScoresCsv.write(table, writer);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void printSummary(PrintWriter console, LocalDate date, PhaseTimer timer) {
        console.println("Analysis as of " + date);
        TextTable phases = new TextTable("phase", "seconds", "note");
        long total = 0;
        for (PhaseTimer.Phase phase : timer.phases()) {
            phases.row(phase.name(), String.format(Locale.ROOT, "%.2f", phase.millis() / 1000.0), phase.note());
            total += phase.millis();
        }
        phases.row("total", String.format(Locale.ROOT, "%.2f", total / 1000.0), "");
        phases.print(console);
    }
}
