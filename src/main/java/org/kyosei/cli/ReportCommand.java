package org.kyosei.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.kyosei.application.WeeklyReportJob;
import org.kyosei.application.WeeklySchedule;
import org.kyosei.detection.Detector;
import org.kyosei.report.LeadStatus;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei report}: the office's reports; {@code report weekly} is the weekly anomaly list. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "The office's reports.",
        subcommands = {ReportCommand.Weekly.class})
final class ReportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a report is required: weekly");
    }

    /** {@code kyosei report weekly [--as-of DATE] [--out DIR]}. */
    @Command(name = "weekly", mixinStandardHelpOptions = true,
            description = {"The weekly list of leads for review as of a date, marked NEW, PERSISTING or RESOLVED against "
                    + "the previous week's stored run (or, on a fresh store, the earlier weeks computed from the dated "
                    + "relationships); stores this week's run.",
                    "Writes DIR/anomalies.csv, DIR/anomalies.json and DIR/report.html (pseudonymous ids, the same as "
                            + "the web UI's: KYOSEI_PSEUDONYM_KEY, or pseudonym.key beside the audit trail), and "
                            + "DIR/audit-anchor.json, the audit trail's head signed as the report started."})
    static final class Weekly implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The week's as-of date (default: today).")
        LocalDate asOf;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/YYYY-Www of the date).")
        Path out;

        @Option(names = "--real-ids", description = "Show real ids in report.html instead of pseudonyms.")
        boolean realIds;

        /** The languages report.html is written in. */
        enum Language { en, ja }

        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
                description = "Language of report.html's headings, sentences and dates: en or ja (default: ${DEFAULT-VALUE}); "
                        + "anomalies.csv and anomalies.json are the same in both.")
        Language language;

        @Option(names = "--timings", description = "Print to standard error how long each indicator took, in ms.")
        boolean timings;

        @Override
        public Integer call() {
            LocalDate date = asOf != null ? asOf : LocalDate.now();
            Path folder = out != null ? out : WeeklySchedule.defaults().folderFor(date);
            PrintWriter console = spec.commandLine().getOut();
            try (KyoseiContext graph = KyoseiContext.open(database.target())) {
                WeeklyReportJob.Result result = graph.weeklyReport(new Detector(new Detector.Diagnostics(timings, Set.of())),
                        realIds ? Optional.empty() : Optional.of(PseudonymKeyFile.pseudonymizer(spec)), Clock.systemUTC())
                        .forCase(AuditSettings.caseReference(spec))
                        .anchoredBy(AuditSettings.anchors(spec))
                        .inLanguage(org.kyosei.report.ReportText.of(language.name()))
                        .run(date, folder);
                console.printf("Weekly report as of %s in %s: %d leads (%d new, %d persisting), %d resolved; compared with %s%n",
                        date, folder, result.count(LeadStatus.NEW) + result.count(LeadStatus.PERSISTING),
                        result.count(LeadStatus.NEW), result.count(LeadStatus.PERSISTING), result.count(LeadStatus.RESOLVED),
                        result.run().comparedWith());
            }
            return ExitCodes.OK;
        }
    }
}
