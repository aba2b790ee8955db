package org.kyosei.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Function;

import org.kyosei.audit.Anchor;
import org.kyosei.audit.AnchorFiles;
import org.kyosei.audit.TrailAnchors;
import org.kyosei.detection.DetectionGraph;
import org.kyosei.detection.Detector;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.report.AnomaliesCsv;
import org.kyosei.report.AnomaliesJson;
import org.kyosei.report.AuditHeadSeen;
import org.kyosei.report.LeadStatus;
import org.kyosei.report.ReportHtml;
import org.kyosei.report.ReportText;
import org.kyosei.review.LeadDecision;
import org.kyosei.review.LeadDecisions;
import org.kyosei.analysis.PhaseTimer;
import org.kyosei.application.port.DatedGraphSource;
import org.kyosei.application.port.DetectionRuns;
import org.kyosei.report.WeeklyComparison;
import org.kyosei.report.WeeklyRun;

/**
 * The office's weekly report as one reusable job: load the dated graph as of the date, compare
 * with the previous week's stored run (or with earlier weeks computed from the dated
 * relationships), store this week's run, and write anomalies.csv, anomalies.json and report.html
 * into the folder. The report names who made it (the OS user), when, and the as-of date. A job
 * {@link #anchoredBy anchored by} a trail also signs the trail's head as it starts and writes that anchor beside the
 * report ({@value AnchorFiles#REPORT_FILE}) and into the anchors folder: each report that leaves the office carries
 * a checkpoint of the trail that whoever can rewrite the audit folder cannot forge.
 *
 * <p>A run is a {@link TimedRun}: load the dated graph and the previous run, compare, store this week's run, write
 * the files.
 */
public final class WeeklyReportJob {
    /** A stored run counts as "the previous week" when it is at most this many days older. */
    private static final int PREVIOUS_MAX_AGE_DAYS = 13;

    /** Where the job reads the graph and keeps runs and decisions. */
    public record Storage(DatedGraphSource graphs, DetectionRuns runs, LeadDecisions decisions) {
    }

    private final Storage graph;
    private final Detector detector;
    private final Optional<Pseudonymizer> pseudonyms;
    private final Clock clock;
    private final String caseReference;
    private final TrailAnchors anchors;
    private final ReportText words;

    /** A job whose report.html shows pseudonyms made with the installation's key. */
    public WeeklyReportJob(Storage graph, Pseudonymizer pseudonyms) {
        this(graph, new Detector(), Optional.of(pseudonyms), Clock.systemUTC());
    }

    /** @param pseudonyms how report.html shows ids; empty shows the real ids (for roles allowed to see them) */
    public WeeklyReportJob(Storage graph, Detector detector, Optional<Pseudonymizer> pseudonyms, Clock clock) {
        this(graph, detector, pseudonyms, clock, "", null, ReportText.english());
    }

    private WeeklyReportJob(Storage graph, Detector detector, Optional<Pseudonymizer> pseudonyms, Clock clock,
                            String caseReference, TrailAnchors anchors, ReportText words) {
        this.caseReference = caseReference;
        this.anchors = anchors;
        this.words = words;
        this.graph = graph;
        this.detector = detector;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** A copy of this job whose reports name the case or purpose they are made for (report.html, anomalies.json). */
    public WeeklyReportJob forCase(String reference) {
        return new WeeklyReportJob(graph, detector, pseudonyms, clock, reference == null ? "" : reference, anchors, words);
    }

    /** A copy of this job that signs the trail's head into each report it writes. */
    public WeeklyReportJob anchoredBy(TrailAnchors trail) {
        return new WeeklyReportJob(graph, detector, pseudonyms, clock, caseReference, trail, words);
    }

    /** A copy of this job that writes report.html's own words and dates in another language (anomalies.csv stays as it is). */
    public WeeklyReportJob inLanguage(ReportText language) {
        return new WeeklyReportJob(graph, detector, pseudonyms, clock, caseReference, anchors, language);
    }

    /** Each lead's latest review decision, keyed as {@link ReportHtml#decisionKey} keys them. */
    private Map<String, LeadDecision> latestDecisions() {
        Map<String, LeadDecision> latest = new HashMap<>();
        for (LeadDecision decision : graph.decisions().latestAsOf(clock.instant())) {
            latest.put(ReportHtml.decisionKey(decision.subjectId(), decision.indicator()), decision);
        }
        return latest;
    }

    /** What a run produced. */
    public record Result(Path folder, WeeklyRun run) {
        public long count(LeadStatus status) {
            return run.rows().stream().filter(r -> r.status() == status).count();
        }
    }

    public Result run(LocalDate asOf, Path outDir) {
        Optional<Anchor> anchor = anchors == null ? Optional.empty() : anchors.signHead();
        PhaseTimer timer = new PhaseTimer();
        WeeklyRun run = new TimedRun<Loaded, WeeklyRun>(timer) {
            @Override
            protected Loaded load() {
                return new Loaded(DetectionGraph.asOf(graph.graphs().startedBy(asOf), asOf),
                        graph.runs().previous(asOf, PREVIOUS_MAX_AGE_DAYS));
            }

            @Override
            protected Step loaded(Loaded loaded) {
                return new Step("load", loaded.graph().nodeCount() + " nodes, " + loaded.graph().edgeCount() + " relationships");
            }

            @Override
            protected WeeklyRun compute(Loaded loaded, PhaseTimer phases) {
                return phases.time("compare", () -> new WeeklyComparison(detector).run(loaded.graph(), asOf,
                        loaded.previous().map(DetectionRuns.Previous::leads), loaded.previous().map(DetectionRuns.Previous::asOf),
                        System.getProperty("user.name", "unknown"), clock.instant()));
            }

            @Override
            protected boolean writesBack() {
                return true;
            }

            @Override
            protected Step writeBack(Loaded loaded, WeeklyRun done) {
                graph.runs().save(done);
                return new Step("store run", done.rows().size() + " rows");
            }

            @Override
            protected boolean renders() {
                return true;
            }

            @Override
            protected Step render(Loaded loaded, WeeklyRun done) {
                write(done, loaded.graph(), outDir, anchor);
                return new Step("report files", outDir.toString());
            }
        }.run();
        return new Result(outDir, run);
    }

    /** The dated graph and the previous week's stored run, if any. */
    private record Loaded(DetectionGraph graph, Optional<DetectionRuns.Previous> previous) {
    }

    private void write(WeeklyRun run, DetectionGraph loaded, Path outDir, Optional<Anchor> anchor) {
        Optional<AuditHeadSeen> head = anchor.map(a -> new AuditHeadSeen(a.seq(), a.hash(), AnchorFiles.REPORT_FILE));
        try {
            Files.createDirectories(outDir);
            if (anchor.isPresent()) {
                AnchorFiles.write(outDir.resolve(AnchorFiles.REPORT_FILE), anchor.get());
                AnchorFiles.append(anchors.anchorsDir(), anchor.get());
            }
            try (Writer out = Files.newBufferedWriter(outDir.resolve("anomalies.csv"), StandardCharsets.UTF_8)) {
                AnomaliesCsv.write(run.rows(), out);
            }
            try (Writer out = Files.newBufferedWriter(outDir.resolve("anomalies.json"), StandardCharsets.UTF_8)) {
                AnomaliesJson.write(run, caseReference, head, out);
            }
            Function<String, String> display = pseudonyms.<Function<String, String>>map(p -> p::pseudonym)
                    .orElse(Function.identity());
            Function<String, String> labelOf = id -> loaded.node(id).isPresent()
                    ? loaded.label(loaded.node(id).getAsInt()).label() : "";
            try (Writer out = Files.newBufferedWriter(outDir.resolve("report.html"), StandardCharsets.UTF_8)) {
                ReportHtml.write(run, caseReference, latestDecisions(), head, display, labelOf, words, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + outDir + ": " + e.getMessage(), e);
        }
    }
}
