package org.kyosei.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.kyosei.application.LiveTieSnapshot;
import org.kyosei.application.ScheduledWeeklyReports;
import org.kyosei.application.WeeklyReportJob;
import org.kyosei.application.WeeklySchedule;
import org.kyosei.audit.AuditEvent;
import org.kyosei.audit.AuditLog;
import org.kyosei.audit.FileAuditLog;
import org.kyosei.audit.PeriodicAnchors;
import org.kyosei.audit.TrailAnchors;
import org.kyosei.audit.WriteBehindAuditLog;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.web.WebServer;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the service until the process is stopped: the web server (API and UI) on the graph, writing to the
 * installation's audit trail with its pseudonym key, and, when a schedule is given, the weekly report into
 * {@code reports/YYYY-Www/}; each scheduled run is printed and recorded in the audit trail. The trail's head is
 * signed into the anchors folder every {@code KYOSEI_AUDIT_ANCHOR_SECONDS} when it moved, on a thread of its own
 * (never on a request's path), and once more at the end; each weekly report carries its own anchor.
 */
final class ServiceRunner {
    /** Where and how to serve; {@code cron} null means no scheduled report. */
    record Options(String bind, int port, Path reports, String cron) {
    }

    private ServiceRunner() {
    }

    static void serveUntilStopped(CommandSpec spec, KyoseiContext graph, Options options, List<String> banner)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        quietFrameworkLogs(KyoseiEnvironment.of(spec));
        WeeklySchedule schedule = options.cron() == null ? null : schedule(options);
        Path auditDir = AuditSettings.dirFor(spec);
        FileAuditLog trail = new FileAuditLog(auditDir, AuditSettings.retention(spec), Clock.systemUTC());
        Duration flush = AuditSettings.flushInterval(spec);
        WriteBehindAuditLog behind = flush.isZero() ? null : new WriteBehindAuditLog(trail, flush);
        AuditLog auditLog = behind == null ? trail : behind;
        String key = PseudonymKeyFile.keyText(spec);
        TrailAnchors anchors = AuditSettings.anchors(spec);
        Duration anchorEvery = AuditSettings.anchorInterval(spec);
        // closed after the write-behind log (resources close in reverse), so the last anchor names the last record
        try (trail; PeriodicAnchors periodic = anchorEvery.isZero() ? null : new PeriodicAnchors(anchors, anchorEvery,
                     e -> warn(out, "no audit anchor was signed: " + e.getMessage()));
             behind; WebServer server = WebServer.start(graph, auditLog, new WebServer.Settings(options.bind(), options.port(), options.reports(), key));
             ScheduledWeeklyReports weekly = schedule == null ? null : new ScheduledWeeklyReports(schedule,
                     graph.weeklyReport(Pseudonymizer.withKey(key.getBytes(StandardCharsets.UTF_8)),
                             server.bean(LiveTieSnapshot.class)).anchoredBy(anchors),
                     Clock.systemDefaultZone(), outcome -> reportRun(outcome, auditLog, out))) {
            out.println("kyosei: serving " + graph.describe() + " at " + server.url());
            out.println("        audit trail " + auditDir.toAbsolutePath().normalize() + ", reports " + options.reports());
            out.println("        audit anchors " + anchors.anchorsDir().toAbsolutePath().normalize()
                    + (periodic == null ? " (none signed periodically)" : ", signed every " + anchorEvery.toSeconds() + " s"));
            if (weekly != null) {
                out.println("        weekly report '" + options.cron() + "', next at " + weekly.start());
            }
            banner.forEach(out::println);
            out.println("        Ctrl-C stops.");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "kyosei-serve-stop"));
            stopped.await();
        }
    }

    private static void warn(PrintWriter out, String message) {
        synchronized (out) {
            out.println("kyosei: warning: " + message);
            out.flush();
        }
    }

    /** The console is for the officer: the web framework's start-up chatter only when asked for (KYOSEI_LOG_LEVEL). */
    private static void quietFrameworkLogs(KyoseiEnvironment environment) {
        String level = environment.get("KYOSEI_LOG_LEVEL").orElse("WARN");
        System.setProperty("logging.level.root", level);
        System.setProperty("logging.level.org.springdoc", "ERROR");
    }

    private static WeeklySchedule schedule(Options options) {
        try {
            return new WeeklySchedule(options.cron(), options.reports());
        } catch (IllegalArgumentException e) {
            throw new UserException("--schedule: " + e.getMessage());
        }
    }

    private static void reportRun(ScheduledWeeklyReports.Outcome outcome, AuditLog auditLog, PrintWriter out) {
        String action = "report weekly (scheduled)";
        if (outcome.succeeded()) {
            WeeklyReportJob.Result result = outcome.result();
            out.println("kyosei: weekly report written to " + result.folder() + " (" + result.run().rows().size() + " rows)");
            auditLog.record(new AuditEvent(Instant.now(), "scheduler", "SYSTEM", action,
                    Map.of("folder", result.folder().toString()), "",
                    result.run().rows().stream().map(r -> r.lead().subjectId()).distinct().toList(), "OK"));
        } else {
            out.println("kyosei: the scheduled weekly report failed: " + outcome.failure().getMessage());
            auditLog.record(new AuditEvent(Instant.now(), "scheduler", "SYSTEM", action, Map.of(), "", List.of(),
                    "FAILED"));
        }
        out.flush();
    }
}
