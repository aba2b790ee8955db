package org.kyosei.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kyosei.application.ImportService;
import org.kyosei.ingest.DatasetImporter;
import org.kyosei.ingest.FileStats;
import org.kyosei.ingest.ImportReport;
import org.kyosei.ingest.RejectReason;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei import DIR}: validates and loads a dataset folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Validates and loads a dataset folder (DATA.md) into the graph. Idempotent: importing "
                + "the same data again changes nothing.",
                "Exit codes: 0 all rows imported, 3 finished with rows set aside (see the rejects file), 1 error."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "DIR", description = "Dataset folder.")
    Path dir;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Where set-aside rows go (default: DIR/rejects.csv).")
    Path rejects;

    @Option(names = "--batch-size", paramLabel = "ROWS", defaultValue = "" + DatasetImporter.DEFAULT_BATCH_SIZE,
            description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--writers", paramLabel = "THREADS", description = "Threads writing batches (default: the number of cores).")
    Integer writers;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = {"auto (default): Neo4j's bulk importer when the embedded store is empty, transactions "
                    + "otherwise; bulk: insist on the bulk importer; transactional: always batched transactions.",
                    "Both validate the same way and give the same graph."})
    ImportService.Mode mode;

    @Option(names = "--timings", description = "Print to standard error when each step ends: wall seconds since start and CPU seconds so far (to find slow steps).")
    boolean timings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path rejectsFile = rejects != null ? rejects : dir.resolve("rejects.csv");
        ImportService service = KyoseiContext.importer(database.target(), new ImportService.Options(batchSize,
                writers != null ? writers : Runtime.getRuntime().availableProcessors(), timings));
        ImportService.Outcome outcome = service.importDataset(dir, rejectsFile,
                new TerminalProgress(spec.commandLine().getErr(), KyoseiEnvironment.of(spec)), mode);
        print(outcome, out);
        return outcome.report().rejected() > 0 ? ExitCodes.ROWS_SET_ASIDE : ExitCodes.OK;
    }

    private static void print(ImportService.Outcome outcome, PrintWriter out) {
        ImportReport report = outcome.report();
        report.warnings().forEach(w -> out.println("warning: " + w));
        out.println("Imported into " + outcome.target()
                + (outcome.bulk() ? " with Neo4j's bulk importer (the store was empty)" : " in batched transactions"));
        TextTable files = new TextTable("file", "read", "imported", "rejected", "seconds", "rows/s");
        for (FileStats file : report.files()) {
            files.row(file.file(), file.read(), file.imported(), file.rejected(),
                    String.format(Locale.ROOT, "%.1f", file.elapsed().toMillis() / 1000.0),
                    String.format(Locale.ROOT, "%.0f", file.rowsPerSecond()));
        }
        if (outcome.bulk()) {
            files.row("(building the store)", "", "", "",
                    String.format(Locale.ROOT, "%.1f", outcome.storeBuild().toMillis() / 1000.0), "");
        }
        double seconds = report.elapsed().toMillis() / 1000.0;
        files.row("total", report.read(), report.imported(), report.rejected(),
                String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.0f", seconds <= 0 ? 0 : report.read() / seconds));
        files.print(out);
        if (report.rejected() > 0) {
            out.println();
            TextTable reasons = new TextTable("file", "reason", "rows");
            for (FileStats file : report.files()) {
                for (Map.Entry<RejectReason, Long> reason : new java.util.TreeMap<>(file.rejectedByReason()).entrySet()) {
                    reasons.row(file.file(), reason.getKey().description(), reason.getValue());
                }
            }
            reasons.print(out);
            out.println(report.rejected() + (report.rejected() == 1 ? " row" : " rows")
                    + " set aside, with file, line and reason, in " + report.rejectsFile());
        }
        out.flush();
    }
}
