package org.kyosei.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.kyosei.evaluation.DetectionEvaluation;
import org.kyosei.evaluation.EvaluationInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei evaluate}: how well anomalies.csv finds the planted cases of a generated dataset. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Compares anomalies.csv with a generated dataset's truth.csv: per pattern, the cases found within "
                + "the first 2 x cases rows of that indicator, recall, precision and the mean detection delay in weeks; "
                + "with --lookalikes, whether every benign look-alike stays outside those windows."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "truth.csv of the dataset.")
    Path truth;

    @Option(names = "--anomalies", required = true, paramLabel = "FILE", description = "anomalies.csv to evaluate.")
    Path anomalies;

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
    public Integer call() {
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
}
