package org.kyosei.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One week's report: the as-of date, who made it and when, the ranked rows (current leads and the
 * ones resolved since the previous week), the counts per indicator over the last weeks, and where
 * the comparison came from ("stored run of DATE" or "computed from the dated relationships").
 */
public record WeeklyRun(LocalDate asOf, Instant createdAt, String createdBy, List<AnomalyRow> rows,
                        List<WeekCount> trend, String comparedWith) {
    public WeeklyRun {
        rows = List.copyOf(rows);
        trend = List.copyOf(trend);
    }

    /** Leads per indicator found as of one week's date (current leads only). */
    public record WeekCount(LocalDate asOf, Map<String, Integer> perIndicator) {
        public int total() {
            return perIndicator.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
