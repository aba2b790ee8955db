package org.kyosei.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.detection.DetectionContext;
import org.kyosei.detection.DetectionGraph;
import org.kyosei.detection.Detector;
import org.kyosei.detection.Lead;

/**
 * Builds a week's run: the leads as of the date, compared with the previous week's stored run when
 * there is one, otherwise with the earlier weeks computed from the dated relationships (so a fresh
 * store already shows growth and first-seen weeks). A lead is NEW when the previous week did not
 * have it, PERSISTING when it did (keeping its first-seen week), RESOLVED when the previous week had
 * it and this one does not (written with this week's score, usually below the reporting threshold).
 */
public final class WeeklyComparison {
    /** Weeks computed before the as-of date for the trend and, without a stored run, first-seen weeks. */
    public static final int HISTORY_WEEKS = 4;

    private final Detector detector;

    public WeeklyComparison(Detector detector) {
        this.detector = detector;
    }

    public WeeklyRun run(DetectionGraph graph, LocalDate asOf, Optional<List<StoredLead>> previousRun,
                         Optional<LocalDate> previousAsOf, String createdBy, Instant createdAt) {
        DetectionContext now = new DetectionContext(graph, asOf);
        List<WeeklyRun.WeekCount> trend = new ArrayList<>();
        Map<String, LocalDate> firstSeen = new HashMap<>();
        Map<String, Lead> previous = new LinkedHashMap<>();
        // The weeks are independent (they share only per-day results computed once), so detect them in parallel.
        List<List<Lead>> byWeek = detectWeeks(now, asOf);
        for (int k = HISTORY_WEEKS; k >= 1; k--) {
            LocalDate week = asOf.minusWeeks(k);
            List<Lead> leads = Detector.reportable(byWeek.get(k));
            trend.add(count(week, leads));
            Map<String, Lead> current = new LinkedHashMap<>();
            Map<String, LocalDate> seen = new HashMap<>();
            for (Lead lead : leads) {
                current.put(lead.key(), lead);
                seen.put(lead.key(), firstSeen.getOrDefault(lead.key(), week));
            }
            firstSeen = seen;
            previous = current;
        }
        String comparedWith = "computed from the dated relationships as of " + asOf.minusWeeks(1);
        if (previousRun.isPresent()) {
            previous = new LinkedHashMap<>();
            firstSeen = new HashMap<>();
            for (StoredLead stored : previousRun.get()) {
                if (stored.status() != LeadStatus.RESOLVED) {
                    previous.put(stored.lead().key(), stored.lead());
                    firstSeen.put(stored.lead().key(), stored.firstSeen());
                }
            }
            comparedWith = "the stored run as of " + previousAsOf.map(LocalDate::toString).orElse("an earlier date");
        }
        List<Lead> all = byWeek.get(0);
        List<Lead> current = Detector.reportable(all);
        trend.add(count(asOf, current));
        Map<String, Lead> scoreNow = new HashMap<>();
        all.forEach(l -> scoreNow.put(l.key(), l));

        List<StoredLead> rows = new ArrayList<>();
        java.util.Set<String> currentKeys = new java.util.HashSet<>();
        for (Lead lead : current) {
            currentKeys.add(lead.key());
            boolean persisting = previous.containsKey(lead.key());
            rows.add(new StoredLead(lead, persisting ? LeadStatus.PERSISTING : LeadStatus.NEW,
                    persisting ? firstSeen.getOrDefault(lead.key(), asOf) : asOf));
        }
        for (Lead old : previous.values()) {
            if (!currentKeys.contains(old.key())) {
                Lead nowScored = scoreNow.get(old.key());
                double score = nowScored == null ? 0 : nowScored.score();
                rows.add(new StoredLead(new Lead(old.subjectId(), old.subjectLabel(), old.indicator(), score,
                        old.explanation(), old.evidencePaths()), LeadStatus.RESOLVED,
                        firstSeen.getOrDefault(old.key(), asOf.minusWeeks(1))));
            }
        }
        rows.sort((a, b) -> Detector.ORDER.compare(a.lead(), b.lead()));
        List<AnomalyRow> ranked = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            StoredLead row = rows.get(k);
            ranked.add(new AnomalyRow(k + 1, row.lead(), row.status(), row.firstSeen()));
        }
        return new WeeklyRun(asOf, createdAt, createdBy, ranked, trend, comparedWith, cutOff(all));
    }

    /** All leads of this week (index 0) and of each of the {@link #HISTORY_WEEKS} weeks before, on all cores. */
    private List<List<Lead>> detectWeeks(DetectionContext now, LocalDate asOf) {
        int threads = Math.max(1, Math.min(HISTORY_WEEKS + 1, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "kyosei-weekly");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<java.util.concurrent.Future<List<Lead>>> futures = new ArrayList<>();
            for (int k = 0; k <= HISTORY_WEEKS; k++) {
                DetectionContext week = k == 0 ? now : now.at(asOf.minusWeeks(k));
                futures.add(pool.submit(() -> detector.all(week)));
            }
            List<List<Lead>> results = new ArrayList<>();
            for (java.util.concurrent.Future<List<Lead>> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the weekly detection was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The candidates of the week that the cut-off leaves out, per indicator and reason. */
    private static WeeklyRun.CutOff cutOff(List<Lead> candidates) {
        Map<String, Integer> weak = new java.util.TreeMap<>();
        Map<String, Integer> common = new java.util.TreeMap<>();
        for (Lead lead : candidates) {
            if (Detector.tooWeak(lead)) {
                weak.merge(lead.indicator(), 1, Integer::sum);
            } else if (!Detector.listed(lead)) {
                common.merge(lead.indicator(), 1, Integer::sum);
            }
        }
        return new WeeklyRun.CutOff(Detector.cutOffSentence(), weak, common);
    }

    private WeeklyRun.WeekCount count(LocalDate week, List<Lead> leads) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : detector.indicatorNames()) {
            counts.put(name, 0);
        }
        leads.forEach(l -> counts.merge(l.indicator(), 1, Integer::sum));
        return new WeeklyRun.WeekCount(week, counts);
    }
}
