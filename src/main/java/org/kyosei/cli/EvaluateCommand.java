package org.kyosei.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.time.LocalDate;

import org.kyosei.evaluation.DetectionEvaluation;
import org.kyosei.evaluation.EvaluationInput;
import org.kyosei.evaluation.WorldScore;
import org.kyosei.evaluation.WorldsSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kyosei evaluate}: how well anomalies.csv finds the planted cases of a generated dataset
 * ({@code --truth --anomalies}), or how well the weekly report does over many random worlds
 * ({@code --worlds N}, see {@link WorldsEvaluation}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Compares anomalies.csv with a generated dataset's truth.csv: per pattern, the cases found within "
                + "the first 2 x cases rows of that indicator, recall, precision and the mean detection delay in weeks; "
                + "with --lookalikes, whether every benign look-alike stays outside those windows.",
                "With --worlds N instead: for i in 0..N-1 generates the random world of seed S+i (generate --world random), "
                        + "imports it into a fresh embedded store, runs the weekly report as of its last day, scores it, "
                        + "and deletes the store; prints per pattern recall (mean, worst world), precision within the first "
                        + "2 x cases rows (mean, worst), rows listed (mean, most), benign look-alikes in the window and "
                        + "leads on a person whose evidence reaches members through one tie to one member (totals); "
                        + "writes OUT/worlds.csv, OUT/summary.csv and each world's report in OUT/world-SEED."})
final class EvaluateCommand implements Callable<Integer> {
    /** A fixed last day, so that a seed gives the same world and the same numbers on any day. */
    static final LocalDate WORLDS_END = LocalDate.of(2026, 11, 29);

    @Spec
    CommandSpec spec;

    @Option(names = "--truth", paramLabel = "FILE", description = "truth.csv of the dataset.")
    Path truth;

    @Option(names = "--anomalies", paramLabel = "FILE", description = "anomalies.csv to evaluate.")
    Path anomalies;

    @Option(names = "--worlds", paramLabel = "N", description = "Measure over N random worlds (1..1000) instead.")
    Integer worlds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1001",
            description = "Seed of the first world; world i has seed S+i (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--individuals", paramLabel = "P", defaultValue = "20000",
            description = "People per world (default: ${DEFAULT-VALUE}).")
    int individuals;

    @Option(names = "--weeks", paramLabel = "W", defaultValue = "12", description = "Weeks per world (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--end", paramLabel = "DATE", description = "Last day of every world (default: 2026-11-29).")
    LocalDate end;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the per-world CSV, the summary and each world's report go (default: evaluation/seed-S-worlds-N).")
    Path out;

    @Option(names = "--lookalikes", paramLabel = "FILE", description = "lookalikes.csv of the dataset.")
    Path lookalikes;

    @Option(names = "--related", paramLabel = "FILE", description = "related.csv of the dataset: leads planted cases "
            + "bring about as a side effect, set aside from the windows (default: related.csv beside --truth, if present).")
    Path related;

    /** The file of that name in the folder of {@code file}, when it exists. */
    private static Path siblingOf(Path file, String name) {
        Path parent = file.toAbsolutePath().getParent();
        Path sibling = parent == null ? null : parent.resolve(name);
        return sibling != null && java.nio.file.Files.isRegularFile(sibling) ? sibling : null;
    }

    @Override
    public Integer call() throws java.io.IOException {
        if (worlds != null) {
            return worlds();
        }
        if (truth == null || anomalies == null) {
            throw new IllegalArgumentException(truth == null && anomalies == null
                    ? "give --worlds N, or --truth FILE and --anomalies FILE (see kyosei evaluate --help)"
                    : (truth == null ? "--truth FILE" : "--anomalies FILE") + " is required with "
                            + (truth == null ? "--anomalies" : "--truth"));
        }
        List<EvaluationInput.Case> cases = EvaluationInput.cases(truth);
        List<EvaluationInput.Anomaly> rows = EvaluationInput.anomalies(anomalies);
        List<EvaluationInput.Case> benign = lookalikes == null ? List.of() : EvaluationInput.cases(lookalikes);
        Path relatedFile = related != null ? related : siblingOf(truth, "related.csv");
        List<EvaluationInput.Case> sideEffects = relatedFile == null ? List.of() : EvaluationInput.cases(relatedFile);
        DetectionEvaluation.Result result = DetectionEvaluation.evaluate(cases, rows, benign, sideEffects);
        PrintWriter out = spec.commandLine().getOut();
        TextTable table = new TextTable("pattern", "cases", "window", "found", "recall", "precision", "delay_weeks",
                "set_aside");
        int allCases = 0;
        int allFound = 0;
        for (DetectionEvaluation.PatternResult p : result.patterns()) {
            table.row(p.pattern(), p.cases(), p.window(), p.found(), String.format(Locale.ROOT, "%.2f", p.recall()),
                    p.rowsInWindow() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", p.precision()),
                    p.meanDelayWeeks().isPresent() ? String.format(Locale.ROOT, "%.1f", p.meanDelayWeeks().getAsDouble()) : "-",
                    p.setAside());
            allCases += p.cases();
            allFound += p.found();
        }
        table.row("all", allCases, "", allFound, String.format(Locale.ROOT, "%.2f", allCases == 0 ? 0 : (double) allFound / allCases),
                "", "", result.patterns().stream().mapToInt(DetectionEvaluation.PatternResult::setAside).sum());
        table.print(out);
        if (relatedFile != null) {
            out.println("related leads set aside (neither hit nor miss): " + sideEffects.size() + " listed in " + relatedFile);
        }
        if (lookalikes != null) {
            out.println(result.lookalikesOutside()
                    ? "look-alikes: all " + result.lookalikes() + " outside the windows"
                    : "look-alikes inside a window: " + String.join(", ", result.lookalikesInWindow()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int worlds() throws java.io.IOException {
        if (truth != null || anomalies != null || lookalikes != null || related != null) {
            throw new IllegalArgumentException("--worlds measures generated worlds: it cannot be combined with "
                    + "--truth, --anomalies, --lookalikes or --related");
        }
        if (worlds < 1 || worlds > 1000) {
            throw new IllegalArgumentException("--worlds must be between 1 and 1000, got " + worlds);
        }
        LocalDate last = end != null ? end : WORLDS_END;
        WorldsEvaluation.Settings settings = new WorldsEvaluation.Settings(worlds, seed, individuals, weeks, last,
                out != null ? out : Path.of("evaluation", "seed-" + seed + "-worlds-" + worlds));
        settings.world(0);                        // refuses bad --individuals / --weeks before any work
        PrintWriter console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "Evaluating the weekly report on %d random worlds, seeds %d..%d, %,d people and %d weeks "
                + "each, as of %s%n", worlds, seed, seed + worlds - 1, individuals, weeks, last);
        console.flush();
        long start = System.nanoTime();
        WorldsEvaluation evaluation = new WorldsEvaluation(settings, console, TerminalProgress.isInteractive(KyoseiEnvironment.of(spec)),
                KyoseiEnvironment.of(spec).pageCacheMb());
        List<WorldScore> scores = evaluation.run();
        List<WorldsSummary.PatternSummary> summary = WorldsSummary.summarize(scores);
        try (java.io.Writer csv = java.nio.file.Files.newBufferedWriter(settings.out().resolve("summary.csv"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            WorldsSummary.writeSummary(summary, csv);
        }
        console.println();
        TextTable table = new TextTable("pattern", "cases", "recall_mean", "recall_worst", "precision_mean",
                "precision_worst", "listed_mean", "listed_max", "lookalikes_in_window", "one_tie_individuals");
        for (WorldsSummary.PatternSummary p : summary) {
            table.row(p.pattern(), p.cases(), two(p.recallMean()), two(p.recallWorst()), two(p.precisionMean()),
                    two(p.precisionWorst()), String.format(Locale.ROOT, "%.1f", p.listedMean()), p.listedMax(),
                    p.lookalikesInWindow(), p.associationOnly());
        }
        table.print(console);
        console.println();
        TextTable variants = new TextTable("pattern", "variant", "planted", "found");
        evaluation.tally().byVariant().forEach((key, n) -> {
            int space = key.indexOf(' ');
            variants.row(key.substring(0, space), key.substring(space + 1), n[0], n[1]);
        });
        variants.print(console);
        if (!evaluation.tally().lookalikeKinds().isEmpty()) {
            StringBuilder kinds = new StringBuilder("look-alikes in a window, by kind:");
            evaluation.tally().lookalikeKinds().forEach((kind, n) -> kinds.append(' ').append(kind).append(' ').append(n).append(','));
            console.println(kinds.substring(0, kinds.length() - 1));
        }
        console.printf(Locale.ROOT, "%d worlds in %.0f s; per-world numbers in %s, this table in %s%n", worlds,
                (System.nanoTime() - start) / 1e9, settings.out().resolve("worlds.csv"), settings.out().resolve("summary.csv"));
        console.println("precision: within the first 2 x cases rows of the indicator (worlds whose window holds a row); "
                + "one_tie_individuals: listed leads on a person whose evidence reaches organization members through "
                + "exactly one tie to one member");
        console.flush();
        return ExitCodes.OK;
    }

    private static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String two(java.util.OptionalDouble value) {
        return value.isPresent() ? two(value.getAsDouble()) : "-";
    }
}
