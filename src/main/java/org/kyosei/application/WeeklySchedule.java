package org.kyosei.application;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import org.kyosei.report.ReportHtml;
import org.springframework.scheduling.support.CronExpression;

/**
 * When the weekly report runs (a Spring cron expression, default Monday 06:00) and where each
 * week's output goes: {@code reports/YYYY-Www/}, the ISO week of the as-of date, which is the
 * Sunday that ended the week before the run.
 */
public final class WeeklySchedule {
    /** Seconds, minutes, hours, day of month, month, day of week: Monday 06:00. */
    public static final String DEFAULT_CRON = "0 0 6 * * MON";

    private final CronExpression cron;
    private final Path reportsRoot;

    public WeeklySchedule(String cron, Path reportsRoot) {
        try {
            this.cron = CronExpression.parse(Objects.requireNonNullElse(cron, DEFAULT_CRON));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("schedule '" + cron + "' is not a cron expression (e.g. '" + DEFAULT_CRON
                    + "'): " + e.getMessage(), e);
        }
        this.reportsRoot = reportsRoot;
    }

    public static WeeklySchedule defaults() {
        return new WeeklySchedule(DEFAULT_CRON, Path.of("reports"));
    }

    /** The next run strictly after {@code now}. */
    public LocalDateTime next(LocalDateTime now) {
        return cron.next(now);
    }

    /** The as-of date of a run at {@code runTime}: the last Sunday before that day. */
    public static LocalDate asOfFor(LocalDateTime runTime) {
        LocalDate day = runTime.toLocalDate().minusDays(1);
        while (day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** {@code reports/YYYY-Www} for the as-of date. */
    public Path folderFor(LocalDate asOf) {
        return reportsRoot.resolve(ReportHtml.week(asOf));
    }

    /** Runs the job for the week of {@code runTime} into its folder. */
    public WeeklyReportJob.Result runOnce(WeeklyReportJob job, LocalDateTime runTime) {
        LocalDate asOf = asOfFor(runTime);
        return job.run(asOf, folderFor(asOf));
    }
}
