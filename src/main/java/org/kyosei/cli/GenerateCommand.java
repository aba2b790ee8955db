package org.kyosei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kyosei.generate.GenerationSummary;
import org.kyosei.generate.GeneratorSettings;
import org.kyosei.generate.SyntheticNetworkGenerator;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei generate}: a seeded synthetic community network with planted cases. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic, seeded community network in the dataset format (DATA.md), with planted "
                + "penetration cases in truth.csv and benign look-alikes in lookalikes.csv.",
                "--world random draws the world itself from the seed (community sizes and kinds, contact density, "
                        + "unit of money and fee levels, members living among residents with friends and relatives, "
                        + "shared offices, accountants, and the way each pattern is planted), prints it and writes it "
                        + "to DIR/world.json.",
                "The same options always give the same files."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created).")
    Path out;

    @Option(names = "--individuals", paramLabel = "N", defaultValue = "10000", description = "People in the network (default: ${DEFAULT-VALUE}).")
    int individuals;

    @Option(names = "--weeks", paramLabel = "W", defaultValue = "12", description = "Weeks of history (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /** Which world to generate. */
    enum WorldKind { DEFAULT, RANDOM }

    @Option(names = "--world", paramLabel = "KIND", defaultValue = "default",
            description = "default (the project's fixed world) or random (drawn from the seed); default: ${DEFAULT-VALUE}.")
    WorldKind world;

    @Option(names = "--end", paramLabel = "DATE",
            description = "Last day of the data (default: the last Sunday, today included); fix it for reproducible files.")
    LocalDate end;

    @Override
    public Integer call() {
        LocalDate last = end != null ? end : lastSunday(LocalDate.now());
        GeneratorSettings settings = world == WorldKind.RANDOM ? GeneratorSettings.random(individuals, weeks, seed, last)
                : new GeneratorSettings(individuals, weeks, seed, last);
        PrintWriter log = spec.commandLine().getOut();
        long start = System.nanoTime();
        GenerationSummary summary = generate(settings, out, TerminalProgress.isInteractive(KyoseiEnvironment.of(spec)));
        double seconds = (System.nanoTime() - start) / 1e9;
        log.printf(Locale.ROOT, "Generated %,d individuals over %d weeks (%s .. %s), seed %d, in %.1f s into %s%n",
                individuals, weeks, summary.start(), summary.end(), seed, seconds, out);
        TextTable table = new TextTable("file", "rows");
        for (Map.Entry<String, Long> file : summary.rowsPerFile().entrySet()) {
            table.row(file.getKey(), file.getValue());
        }
        table.print(log);
        log.println(summary.plantedCases() + " planted cases in truth.csv, " + summary.lookalikes() + " benign look-alikes in lookalikes.csv");
        if (world == WorldKind.RANDOM) {
            log.println("World drawn from seed " + seed + " (also in " + out.resolve("world.json") + "):");
            settings.world().describe().forEach(line -> log.println("  " + line));
        }
        log.flush();
        return ExitCodes.OK;
    }

    /** Runs the generator with a progress bar when {@code showProgress}. */
    static GenerationSummary generate(GeneratorSettings settings, Path out, boolean showProgress) {
        try {
            if (!showProgress) {
                return new SyntheticNetworkGenerator(settings).generate(out, done -> { });
            }
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("generating").setInitialMax(settings.individuals())
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" people", 1).build()) {
                GenerationSummary summary = new SyntheticNetworkGenerator(settings).generate(out, bar::stepTo);
                bar.stepTo(bar.getMax());
                return summary;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    static LocalDate lastSunday(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }
}
