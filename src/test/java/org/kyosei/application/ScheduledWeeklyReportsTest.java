package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.store.GraphConnection;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;
import org.kyosei.wiring.KyoseiContext;

/** The service's weekly schedule: runs on its cron, writes the week's folder, and keeps going after a failure. */
class ScheduledWeeklyReportsTest {
    @TempDir
    Path tmp;

    @Test
    void runsOnItsScheduleIntoTheWeeksFolderAndGoesOnAfterAFailure() throws Exception {
        GraphConnection graph = SharedNeo4j.emptied();
        assertThat(CliRun.external("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString()).exitCode()).isZero();
        Path reports = tmp.resolve("reports");
        WeeklySchedule everySecond = new WeeklySchedule("* * * * * *", reports);
        BlockingQueue<ScheduledWeeklyReports.Outcome> outcomes = new LinkedBlockingQueue<>();
        WeeklyReportJob job = KyoseiContext.over(graph).weeklyReport(Pseudonymizer.withKey("schedule-test-key-0123".getBytes()));

        Semaphore nextRunAllowed = new Semaphore(0);   // the schedule moves on only when the test says so
        try (ScheduledWeeklyReports scheduled = new ScheduledWeeklyReports(everySecond, job, Clock.systemDefaultZone(), outcome -> {
            outcomes.add(outcome);
            try {
                nextRunAllowed.acquire();
            } catch (InterruptedException closed) {
                Thread.currentThread().interrupt();
            }
        })) {
            assertThat(scheduled.start()).isAfter(java.time.LocalDateTime.now().minusSeconds(1));
            ScheduledWeeklyReports.Outcome first = outcomes.poll(120, TimeUnit.SECONDS);
            assertThat(first).as("a run within the timeout").isNotNull();
            assertThat(first.succeeded()).as(String.valueOf(first.failure())).isTrue();
            Path folder = everySecond.folderFor(WeeklySchedule.asOfFor(first.runTime()));
            assertThat(first.result().folder()).isEqualTo(folder);
            assertThat(folder.getFileName().toString()).matches("\\d{4}-W\\d{2}");
            assertThat(folder.resolve("anomalies.csv")).exists();
            assertThat(Files.readString(folder.resolve("report.html"))).contains("lead for review");

            Files.deleteIfExists(folder.resolve("anomalies.csv"));
            Files.deleteIfExists(folder.resolve("anomalies.json"));
            Files.deleteIfExists(folder.resolve("report.html"));
            Files.delete(folder);
            Files.writeString(folder, "a file where the week's folder should be");   // the next run cannot write
            nextRunAllowed.release();
            ScheduledWeeklyReports.Outcome failed = outcomes.poll(120, TimeUnit.SECONDS);
            assertThat(failed).isNotNull();
            assertThat(failed.succeeded()).isFalse();
            Files.delete(folder);
            nextRunAllowed.release();
            ScheduledWeeklyReports.Outcome recovered = outcomes.poll(120, TimeUnit.SECONDS);
            assertThat(recovered).as("the schedule goes on after a failed run").isNotNull();
            assertThat(recovered.succeeded()).isTrue();
        }
    }
}
