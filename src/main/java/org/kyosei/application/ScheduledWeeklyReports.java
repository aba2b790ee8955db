package org.kyosei.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the weekly report on its schedule while the service is up: sleeps until the next time the cron
 * expression names, runs the job for that week into {@code reports/YYYY-Www/}, and tells the listener how it
 * went (so the service can log and audit it). A failed run is reported and the next week still runs.
 */
public final class ScheduledWeeklyReports implements AutoCloseable {
    /** How a run ended: its folder and lead count, or the error. */
    public record Outcome(LocalDateTime runTime, WeeklyReportJob.Result result, RuntimeException failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    private final WeeklySchedule schedule;
    private final WeeklyReportJob job;
    private final Clock clock;
    private final Consumer<Outcome> listener;
    private final ScheduledExecutorService timer;
    private volatile LocalDateTime nextRun;

    public ScheduledWeeklyReports(WeeklySchedule schedule, WeeklyReportJob job, Clock clock, Consumer<Outcome> listener) {
        this.schedule = schedule;
        this.job = job;
        this.clock = clock;
        this.listener = listener;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kyosei-weekly-report");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts waiting for the first run; returns when it is due. */
    public LocalDateTime start() {
        return scheduleNext();
    }

    public LocalDateTime nextRun() {
        return nextRun;
    }

    private LocalDateTime scheduleNext() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime next = schedule.next(now);
        nextRun = next;
        long delayMillis = Math.max(0, Duration.between(now, next).toMillis());
        timer.schedule(() -> runAndReschedule(next), delayMillis, TimeUnit.MILLISECONDS);
        return next;
    }

    private void runAndReschedule(LocalDateTime runTime) {
        Outcome outcome;
        try {
            outcome = new Outcome(runTime, schedule.runOnce(job, runTime), null);
        } catch (RuntimeException e) {
            outcome = new Outcome(runTime, null, e);
        }
        try {
            listener.accept(outcome);
        } finally {
            if (!timer.isShutdown()) {
                scheduleNext();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
