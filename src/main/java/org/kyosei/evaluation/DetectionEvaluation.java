package org.kyosei.evaluation;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Compares anomalies.csv with the planted cases. Per pattern: the window is the first 2 x cases
 * rows of that indicator (RESOLVED rows left out); recall is the share of cases whose subject is
 * in the window, precision the share of window rows that are cases of the pattern, delay the mean
 * number of whole weeks from a found case's start to the week its lead was first seen. A
 * look-alike fails when its subject appears in any pattern's window.
 *
 * <p>Related leads (the generator's related.csv: leads a planted case brings about as a side
 * effect, such as the community a front business recruits in, which really does grow exposed) are
 * set aside before the window is taken: neither a hit nor a false positive, as a reviewer would
 * accept them but they are not cases of their own. A subject that is a case of the pattern is never
 * set aside.
 */
public final class DetectionEvaluation {
    /**
     * One pattern's figures; {@code listed} counts every row of the indicator that is not RESOLVED,
     * {@code lookalikesInWindow} the benign look-alikes among the window's subjects, {@code missed}
     * the subjects of the cases not in the window.
     */
    public record PatternResult(String pattern, int cases, int window, int rowsInWindow, int found, double recall,
                                double precision, OptionalDouble meanDelayWeeks, int setAside, int listed,
                                int lookalikesInWindow, List<String> missed) {
        public PatternResult {
            missed = List.copyOf(missed);
        }
    }

    /** The whole comparison. */
    public record Result(List<PatternResult> patterns, List<String> lookalikesInWindow, int lookalikes) {
        public boolean lookalikesOutside() {
            return lookalikesInWindow.isEmpty();
        }
    }

    private DetectionEvaluation() {
    }

    public static Result evaluate(List<EvaluationInput.Case> truth, List<EvaluationInput.Anomaly> anomalies,
                                  List<EvaluationInput.Case> lookalikes) {
        return evaluate(truth, anomalies, lookalikes, List.of());
    }

    public static Result evaluate(List<EvaluationInput.Case> truth, List<EvaluationInput.Anomaly> anomalies,
                                  List<EvaluationInput.Case> lookalikes, List<EvaluationInput.Case> related) {
        Set<String> benign = new LinkedHashSet<>();
        lookalikes.forEach(l -> benign.add(l.subject()));
        Set<String> relatedKeys = new LinkedHashSet<>();
        related.forEach(r -> relatedKeys.add(r.pattern() + " " + r.subject()));
        Map<String, List<EvaluationInput.Case>> byPattern = new LinkedHashMap<>();
        truth.forEach(c -> byPattern.computeIfAbsent(c.pattern(), k -> new ArrayList<>()).add(c));
        List<PatternResult> results = new ArrayList<>();
        Set<String> inAnyWindow = new LinkedHashSet<>();
        for (Map.Entry<String, List<EvaluationInput.Case>> entry : byPattern.entrySet()) {
            String pattern = entry.getKey();
            List<EvaluationInput.Case> cases = entry.getValue();
            int window = 2 * cases.size();
            Set<String> caseSubjects = new LinkedHashSet<>();
            cases.forEach(c -> caseSubjects.add(c.subject()));
            List<EvaluationInput.Anomaly> rows = new ArrayList<>();
            int setAside = 0;
            for (EvaluationInput.Anomaly a : anomalies) {
                if (rows.size() == window) {
                    break;
                }
                if (!a.indicator().equals(pattern) || "RESOLVED".equals(a.status())) {
                    continue;
                }
                if (!caseSubjects.contains(a.subject()) && relatedKeys.contains(pattern + " " + a.subject())) {
                    setAside++;
                    continue;
                }
                rows.add(a);
            }
            Map<String, EvaluationInput.Anomaly> windowBySubject = new LinkedHashMap<>();
            rows.forEach(a -> windowBySubject.putIfAbsent(a.subject(), a));
            inAnyWindow.addAll(windowBySubject.keySet());
            int found = 0;
            List<String> missed = new ArrayList<>();
            double delaySum = 0;
            int delays = 0;
            for (EvaluationInput.Case c : cases) {
                EvaluationInput.Anomaly hit = windowBySubject.get(c.subject());
                if (hit == null) {
                    missed.add(c.subject());
                }
                if (hit != null) {
                    found++;
                    if (c.since() != null && hit.firstSeen() != null) {
                        delaySum += Math.max(0, Math.ceil(ChronoUnit.DAYS.between(c.since(), hit.firstSeen()) / 7.0));
                        delays++;
                    }
                }
            }
            long correct = rows.stream().filter(a -> caseSubjects.contains(a.subject())).count();
            int listed = (int) anomalies.stream()
                    .filter(a -> a.indicator().equals(pattern) && !"RESOLVED".equals(a.status())).count();
            int benignInWindow = (int) windowBySubject.keySet().stream().filter(benign::contains).count();
            results.add(new PatternResult(pattern, cases.size(), window, rows.size(), found,
                    cases.isEmpty() ? 0 : (double) found / cases.size(),
                    rows.isEmpty() ? 0 : (double) correct / rows.size(),
                    delays == 0 ? OptionalDouble.empty() : OptionalDouble.of(delaySum / delays), setAside, listed,
                    benignInWindow, missed));
        }
        List<String> failing = new ArrayList<>();
        for (EvaluationInput.Case l : lookalikes) {
            if (inAnyWindow.contains(l.subject())) {
                failing.add(l.subject() + " (" + l.pattern() + ")");
            }
        }
        return new Result(results, failing, lookalikes.size());
    }
}
