package org.kyosei.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One week's report: the as-of date, who made it and when, the ranked rows (current leads and the
 * ones resolved since the previous week), the counts per indicator over the last weeks, and where
 * the comparison came from ("stored run of DATE" or "computed from the dated relationships"), the
 * cut-off the list ends at and how many candidates of this week fell below it.
 */
public record WeeklyRun(LocalDate asOf, Instant createdAt, String createdBy, List<AnomalyRow> rows,
                        List<WeekCount> trend, String comparedWith, CutOff cutOff) {
    public WeeklyRun {
        rows = List.copyOf(rows);
        trend = List.copyOf(trend);
    }

    /** A run without cut-off figures (an older stored run). */
    public WeeklyRun(LocalDate asOf, Instant createdAt, String createdBy, List<AnomalyRow> rows, List<WeekCount> trend,
                     String comparedWith) {
        this(asOf, createdAt, createdBy, rows, trend, comparedWith, new CutOff("", Map.of(), Map.of()));
    }

    /**
     * Where the list ends: the rule in one sentence, and per indicator the candidates of this week
     * below it, split into those too weak ({@code belowScore}) and those whose tie is too common
     * among comparable entities ({@code tooCommon}).
     */
    public record CutOff(String rule, Map<String, Integer> belowScore, Map<String, Integer> tooCommon) {
        public CutOff {
            belowScore = Map.copyOf(belowScore);
            tooCommon = Map.copyOf(tooCommon);
        }

        /** Candidates below the cut-off, all indicators. */
        public int below() {
            return belowScore.values().stream().mapToInt(Integer::intValue).sum()
                    + tooCommon.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Leads per indicator found as of one week's date (current leads only). */
    public record WeekCount(LocalDate asOf, Map<String, Integer> perIndicator) {
        public int total() {
            return perIndicator.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
