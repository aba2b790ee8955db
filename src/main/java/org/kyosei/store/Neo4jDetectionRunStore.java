package org.kyosei.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.application.port.DetectionRuns;
import org.kyosei.detection.Lead;
import org.kyosei.domain.NodeLabel;
import org.kyosei.report.AnomalyRow;
import org.kyosei.report.LeadStatus;
import org.kyosei.report.StoredLead;
import org.kyosei.report.WeeklyRun;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Keeps each week's detection run as one {@code (:DetectionRun {id, asOf, createdAt, createdBy})}
 * node holding its rows as parallel arrays (a week has hundreds of leads, not millions), so the
 * next week's report can compare with it. Re-running a week replaces that week's run.
 */
public final class Neo4jDetectionRunStore implements DetectionRuns {
    private final Driver driver;

    public Neo4jDetectionRunStore(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void save(WeeklyRun run) {
        List<AnomalyRow> rows = run.rows();
        Map<String, Object> properties = new java.util.HashMap<>();
        properties.put("createdAt", run.createdAt().atOffset(ZoneOffset.UTC));
        properties.put("createdBy", run.createdBy());
        properties.put("subjects", rows.stream().map(r -> r.lead().subjectId()).toList());
        properties.put("labels", rows.stream().map(r -> r.lead().subjectLabel().label()).toList());
        properties.put("indicators", rows.stream().map(r -> r.lead().indicator()).toList());
        properties.put("scores", rows.stream().map(r -> r.lead().score()).toList());
        properties.put("statuses", rows.stream().map(r -> r.status().name()).toList());
        properties.put("firstSeen", rows.stream().map(AnomalyRow::firstSeen).toList());
        properties.put("explanations", rows.stream().map(r -> r.lead().explanation()).toList());
        properties.put("evidence", rows.stream().map(r -> r.lead().evidence()).toList());
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MERGE (run:DetectionRun {id: $id})
                    SET run = $properties, run.id = $id, run.asOf = $asOf
                    """, Map.of("id", run.asOf().toString(), "asOf", run.asOf(), "properties", properties)).consume());
        }
    }

    /** The latest run strictly before {@code asOf} and at most {@code maxAgeDays} earlier. */
    @Override
    public Optional<Previous> previous(LocalDate asOf, int maxAgeDays) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<Record> found = tx.run("""
                        MATCH (run:DetectionRun) WHERE run.asOf < $asOf AND run.asOf >= $earliest
                        RETURN run ORDER BY run.asOf DESC LIMIT 1
                        """, Map.of("asOf", asOf, "earliest", asOf.minusDays(maxAgeDays))).list();
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                Value run = found.get(0).get("run");
                List<String> subjects = run.get("subjects").asList(Value::asString);
                List<String> labels = run.get("labels").asList(Value::asString);
                List<String> indicators = run.get("indicators").asList(Value::asString);
                List<Double> scores = run.get("scores").asList(Value::asDouble);
                List<String> statuses = run.get("statuses").asList(Value::asString);
                List<LocalDate> firstSeen = run.get("firstSeen").asList(Value::asLocalDate);
                List<String> explanations = run.get("explanations").asList(Value::asString);
                List<String> evidence = run.get("evidence").asList(Value::asString);
                List<StoredLead> leads = new ArrayList<>(subjects.size());
                for (int k = 0; k < subjects.size(); k++) {
                    NodeLabel label = NodeLabel.byLabel(labels.get(k)).orElse(NodeLabel.INDIVIDUAL);
                    List<String> paths = evidence.get(k).isEmpty() ? List.of() : List.of(evidence.get(k).split("\\|"));
                    leads.add(new StoredLead(new Lead(subjects.get(k), label, indicators.get(k),
                            Math.max(0, Math.min(1, scores.get(k))), explanations.get(k), paths),
                            LeadStatus.valueOf(statuses.get(k)), firstSeen.get(k)));
                }
                return Optional.of(new Previous(run.get("asOf").asLocalDate(), leads));
            });
        }
    }

}
