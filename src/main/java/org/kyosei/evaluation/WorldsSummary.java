package org.kyosei.evaluation;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Detection over many worlds, per pattern: recall (mean over worlds, worst world), precision within
 * the first 2 x cases rows (mean, worst; over the worlds where the window holds a row), rows listed
 * (mean, most), benign look-alikes in the window (total) and listed leads on a person for mere
 * association (total).
 */
public final class WorldsSummary {
    /** One pattern's figures over the worlds. */
    public record PatternSummary(String pattern, int worlds, int cases, double recallMean, double recallWorst,
                                 OptionalDouble precisionMean, OptionalDouble precisionWorst, double listedMean,
                                 int listedMax, int lookalikesInWindow, int associationOnly) {
    }

    private WorldsSummary() {
    }

    public static List<PatternSummary> summarize(List<WorldScore> worlds) {
        Map<String, List<DetectionEvaluation.PatternResult>> byPattern = new LinkedHashMap<>();
        Map<String, Integer> association = new LinkedHashMap<>();
        for (WorldScore w : worlds) {
            for (DetectionEvaluation.PatternResult p : w.result().patterns()) {
                byPattern.computeIfAbsent(p.pattern(), k -> new ArrayList<>()).add(p);
                association.merge(p.pattern(), w.associationOnly(p.pattern()), Integer::sum);
            }
        }
        List<PatternSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, List<DetectionEvaluation.PatternResult>> e : byPattern.entrySet()) {
            List<DetectionEvaluation.PatternResult> rs = e.getValue();
            List<DetectionEvaluation.PatternResult> withRows = rs.stream().filter(p -> p.rowsInWindow() > 0).toList();
            summaries.add(new PatternSummary(e.getKey(), rs.size(),
                    rs.stream().mapToInt(DetectionEvaluation.PatternResult::cases).sum(),
                    rs.stream().mapToDouble(DetectionEvaluation.PatternResult::recall).average().orElse(0),
                    rs.stream().mapToDouble(DetectionEvaluation.PatternResult::recall).min().orElse(0),
                    withRows.stream().mapToDouble(DetectionEvaluation.PatternResult::precision).average(),
                    withRows.stream().mapToDouble(DetectionEvaluation.PatternResult::precision).min(),
                    rs.stream().mapToInt(DetectionEvaluation.PatternResult::listed).average().orElse(0),
                    rs.stream().mapToInt(DetectionEvaluation.PatternResult::listed).max().orElse(0),
                    rs.stream().mapToInt(DetectionEvaluation.PatternResult::lookalikesInWindow).sum(),
                    association.getOrDefault(e.getKey(), 0)));
        }
        return summaries;
    }

    /** The header of {@link #writeWorldRows}. */
    public static final String WORLD_COLUMNS = "world,seed,pattern,cases,found,recall,window,rows_in_window,precision,"
            + "listed,lookalikes_in_window,association_only,set_aside,delay_weeks";

    /** One CSV row per world and pattern, with {@link #WORLD_COLUMNS} as header when {@code header}. */
    public static void writeWorldRows(WorldScore w, Writer out, boolean header) throws IOException {
        if (header) {
            out.write(WORLD_COLUMNS + "\n");
        }
        for (DetectionEvaluation.PatternResult p : w.result().patterns()) {
            out.write(String.format(Locale.ROOT, "%d,%d,%s,%d,%d,%.4f,%d,%d,%s,%d,%d,%d,%d,%s%n", w.world(), w.seed(),
                    p.pattern(), p.cases(), p.found(), p.recall(), p.window(), p.rowsInWindow(),
                    p.rowsInWindow() == 0 ? "" : String.format(Locale.ROOT, "%.4f", p.precision()), p.listed(),
                    p.lookalikesInWindow(), w.associationOnly(p.pattern()), p.setAside(),
                    p.meanDelayWeeks().isPresent() ? String.format(Locale.ROOT, "%.2f", p.meanDelayWeeks().getAsDouble()) : ""));
        }
    }

    /** The summary as CSV, one row per pattern. */
    public static void writeSummary(List<PatternSummary> summaries, Writer out) throws IOException {
        out.write("pattern,worlds,cases,recall_mean,recall_worst,precision_mean,precision_worst,listed_mean,listed_max,"
                + "lookalikes_in_window,association_only\n");
        for (PatternSummary s : summaries) {
            out.write(String.format(Locale.ROOT, "%s,%d,%d,%.4f,%.4f,%s,%s,%.2f,%d,%d,%d%n", s.pattern(), s.worlds(),
                    s.cases(), s.recallMean(), s.recallWorst(), optional(s.precisionMean()), optional(s.precisionWorst()),
                    s.listedMean(), s.listedMax(), s.lookalikesInWindow(), s.associationOnly()));
        }
    }

    private static String optional(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "";
    }
}
