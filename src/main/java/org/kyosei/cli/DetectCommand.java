package org.kyosei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.kyosei.detection.Detector;
import org.kyosei.report.AnomalyRow;
import org.kyosei.report.AnomaliesCsv;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei detect}: every indicator as of a date, as anomalies.csv (every lead NEW). */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Runs every penetration indicator on the graph as of a date and writes the leads for review "
                + "as anomalies.csv (default: standard output). Every lead is NEW here; 'report weekly' compares weeks."})
final class DetectCommand implements Callable<Integer>, ReturnsIds {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Detect on the graph as of this day (default: today).")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write anomalies.csv here instead of standard output.")
    Path out;

    @Option(names = "--timings", description = "Print to standard error how long loading the graph and each indicator took, in ms.")
    boolean timings;

    @Option(names = "--explain", paramLabel = "ID", split = ",",
            description = "Print to standard error every candidate lead on these subjects (ids by commas), listed or not, "
                    + "with its score, rarity and whether the association rule admitted it.")
    List<String> explain;

    @Override
    public List<String> returnedIds() {
        return explain == null ? List.of() : List.copyOf(explain);
    }

    @Override
    public Integer call() {
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        List<AnomalyRow> rows;
        try (KyoseiContext graph = KyoseiContext.open(database.target())) {
            rows = graph.detection(new Detector.Diagnostics(timings, Set.copyOf(returnedIds()))).detect(date);
        }
        if (out == null) {
            PrintWriter console = spec.commandLine().getOut();
            AnomaliesCsv.write(rows, console);
            console.flush();
        } else {
            write(rows, out);
            spec.commandLine().getErr().println(rows.size() + " leads as of " + date + " in " + out);
        }
        return ExitCodes.OK;
    }

    static void write(List<AnomalyRow> rows, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                AnomaliesCsv.write(rows, writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
