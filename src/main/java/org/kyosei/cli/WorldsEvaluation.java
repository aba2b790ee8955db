package org.kyosei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kyosei.application.ImportService;
import org.kyosei.application.WeeklyReportJob;
import org.kyosei.detection.Detector;
import org.kyosei.evaluation.AssociationOnlyLeads;
import org.kyosei.evaluation.DetectionEvaluation;
import org.kyosei.evaluation.EvaluationInput;
import org.kyosei.evaluation.VariantTally;
import org.kyosei.evaluation.WorldScore;
import org.kyosei.evaluation.WorldsSummary;
import org.kyosei.generate.GeneratorSettings;
import org.kyosei.ingest.DatasetImporter;
import org.kyosei.ingest.ImportProgress;
import org.kyosei.application.port.GraphTarget;
import org.kyosei.wiring.KyoseiContext;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Detection measured over many random worlds, in-process: for world i (seed S + i) it generates a
 * random world ({@code generate --world random}) into a scratch folder, imports it into a fresh
 * embedded store ({@link ImportService}, as {@code import} does), runs the weekly report as of the
 * dataset's last day ({@link WeeklyReportJob}, as {@code report weekly} does) and scores the list
 * against the world's truth ({@link DetectionEvaluation}). The store and the dataset are deleted
 * after each world; the report, truth, look-alikes and world.json stay in OUT/world-SEED.
 */
final class WorldsEvaluation {
    /** What to run. */
    record Settings(int worlds, long seed, int individuals, int weeks, LocalDate end, Path out) {
        GeneratorSettings world(int i) {
            return GeneratorSettings.random(individuals, weeks, seed + i, end);
        }
    }

    private static final List<String> KEPT = List.of("truth.csv", "lookalikes.csv", "related.csv", "world.json");

    private final Settings settings;
    private final PrintWriter log;
    private final boolean terminal;
    private final long pageCacheMb;
    private final VariantTally tally = new VariantTally();

    WorldsEvaluation(Settings settings, PrintWriter log, boolean terminal, long pageCacheMb) {
        this.settings = settings;
        this.log = log;
        this.terminal = terminal;
        this.pageCacheMb = pageCacheMb;
    }

    /** Planted and found cases per variant, and look-alikes in a window per kind, over the worlds run so far. */
    VariantTally tally() {
        return tally;
    }

    List<WorldScore> run() throws IOException {
        Files.createDirectories(settings.out());
        List<WorldScore> scores = new ArrayList<>();
        Path perWorld = settings.out().resolve("worlds.csv");
        try (Writer csv = Files.newBufferedWriter(perWorld, StandardCharsets.UTF_8);
             ProgressBar bar = terminal ? new ProgressBarBuilder().setTaskName("worlds").setInitialMax(3L * settings.worlds())
                     .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).build() : null) {
            for (int i = 0; i < settings.worlds(); i++) {
                WorldScore score = world(i, bar);
                scores.add(score);
                WorldsSummary.writeWorldRows(score, csv, i == 0);
                csv.flush();
            }
        }
        return scores;
    }

    private WorldScore world(int i, ProgressBar bar) throws IOException {
        GeneratorSettings world = settings.world(i);
        long seed = world.seed();
        Path kept = settings.out().resolve("world-" + seed);
        Path scratch = Files.createTempDirectory("kyosei-evaluate-" + seed + "-");
        try {
            Path data = scratch.resolve("data");
            step(bar, i, seed, "generating");
            long t0 = System.nanoTime();
            GenerateCommand.generate(world, data, false);
            step(bar, i, seed, "importing");
            long t1 = System.nanoTime();
            GraphTarget store = GraphTarget.embedded(scratch.resolve("neo4j"), pageCacheMb);
            KyoseiContext.importer(store, DatasetImporter.DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors())
                    .importDataset(data, scratch.resolve("rejects.csv"), ImportProgress.NONE, ImportService.Mode.AUTO);
            step(bar, i, seed, "reporting");
            long t2 = System.nanoTime();
            Files.createDirectories(kept);
            try (KyoseiContext graph = KyoseiContext.open(store)) {
                graph.weeklyReport(new Detector(), Optional.empty(), Clock.systemUTC()).run(world.end(), kept);
            }
            long t3 = System.nanoTime();
            for (String name : KEPT) {
                if (Files.exists(data.resolve(name))) {
                    Files.copy(data.resolve(name), kept.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            WorldScore score = score(i, seed, data, kept);
            if (bar != null) {
                bar.stepTo(3L * (i + 1));
            }
            log.println(line(i, score, t1 - t0, t2 - t1, t3 - t2));
            log.flush();
            return score;
        } finally {
            deleteTree(scratch);
        }
    }

    private WorldScore score(int i, long seed, Path data, Path kept) throws IOException {
        List<EvaluationInput.Anomaly> rows = EvaluationInput.anomalies(kept.resolve("anomalies.csv"));
        List<EvaluationInput.Case> truth = EvaluationInput.cases(data.resolve("truth.csv"));
        DetectionEvaluation.Result result = DetectionEvaluation.evaluate(truth, rows,
                EvaluationInput.cases(data.resolve("lookalikes.csv")), EvaluationInput.cases(data.resolve("related.csv")));
        tally.add(result, variants(data.resolve("world.json")), truth);
        EvaluationInput.Affiliations members = EvaluationInput.affiliations(data.resolve("relations.csv"));
        Map<String, Integer> association = new LinkedHashMap<>();
        for (DetectionEvaluation.PatternResult p : result.patterns()) {
            association.put(p.pattern(), AssociationOnlyLeads.count(rows, p.pattern(), members));
        }
        return new WorldScore(i, seed, result, association);
    }

    private static final Pattern CASE = Pattern.compile(
            "\\{\"subject\": \"([^\"]+)\", \"pattern\": \"([^\"]+)\", \"variant\": \"([^\"]*)\"}");

    /** "PATTERN SUBJECT" to the variant, from the cases listed in world.json. */
    static Map<String, String> variants(Path worldJson) throws IOException {
        Map<String, String> variants = new LinkedHashMap<>();
        Matcher m = CASE.matcher(Files.readString(worldJson, StandardCharsets.UTF_8));
        while (m.find()) {
            variants.put(m.group(2) + " " + m.group(1), m.group(3).isEmpty() ? "-" : m.group(3));
        }
        return variants;
    }

    private String line(int i, WorldScore score, long generate, long load, long report) {
        List<DetectionEvaluation.PatternResult> patterns = score.result().patterns();
        int cases = patterns.stream().mapToInt(DetectionEvaluation.PatternResult::cases).sum();
        int found = patterns.stream().mapToInt(DetectionEvaluation.PatternResult::found).sum();
        int inWindow = patterns.stream().mapToInt(DetectionEvaluation.PatternResult::rowsInWindow).sum();
        double correct = patterns.stream().mapToDouble(p -> p.precision() * p.rowsInWindow()).sum();
        int listed = patterns.stream().mapToInt(DetectionEvaluation.PatternResult::listed).sum();
        return String.format(Locale.ROOT, "world %d/%d seed %d: %d of %d cases found, precision %.2f in the windows, "
                        + "%d rows listed, %d look-alikes in a window (generate %.1f s, import %.1f s, report %.1f s)",
                i + 1, settings.worlds(), score.seed(), found, cases, inWindow == 0 ? 0 : correct / inWindow, listed,
                score.result().lookalikesInWindow().size(), generate / 1e9, load / 1e9, report / 1e9);
    }

    private void step(ProgressBar bar, int i, long seed, String phase) {
        if (bar != null) {
            bar.setExtraMessage(" world " + (i + 1) + " (seed " + seed + "): " + phase);
            bar.stepTo(3L * i + (phase.equals("generating") ? 0 : phase.equals("importing") ? 1 : 2));
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch folder " + root + ": " + e.getMessage(), e);
        }
    }
}
