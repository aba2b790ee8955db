package org.kyosei.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.kyosei.review.Decision;
import org.kyosei.review.LeadDecision;
import org.kyosei.review.LeadDecisions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * Lead decisions as {@code :LeadDecision} nodes (never {@code :Entity}, so no analysis or projection sees them),
 * one per decision, appended and never changed.
 */
public final class Neo4jLeadDecisions implements LeadDecisions {
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();
    private static final String FIELDS = """
            d.subjectId AS subjectId, d.indicator AS indicator, d.decision AS decision, d.reason AS reason, d.user AS user,
            d.role AS role, d.caseReference AS caseReference, d.decidedAt AS decidedAt
            """;

    private final Driver driver;

    public Neo4jLeadDecisions(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void record(LeadDecision decision) {
        driver.executableQuery("""
                CREATE (:LeadDecision {subjectId: $subjectId, indicator: $indicator, decision: $decision, reason: $reason,
                                       user: $user, role: $role, caseReference: $caseReference, decidedAt: $decidedAt})
                """).withParameters(Map.of("subjectId", decision.subjectId(), "indicator", decision.indicator(),
                "decision", decision.decision().name(), "reason", decision.reason(), "user", nullToEmpty(decision.user()),
                "role", nullToEmpty(decision.role()), "caseReference", nullToEmpty(decision.caseReference()),
                "decidedAt", decision.decidedAt().atZone(ZoneOffset.UTC))).execute();
    }

    @Override
    public List<LeadDecision> latestAsOf(Instant until) {
        return driver.executableQuery("""
                MATCH (d:LeadDecision) WHERE d.decidedAt <= $until
                WITH d ORDER BY d.decidedAt DESC
                WITH d.subjectId AS subject, d.indicator AS ind, head(collect(d)) AS d
                RETURN %s ORDER BY subjectId, indicator
                """.formatted(FIELDS)).withParameters(Map.of("until", until.atZone(ZoneOffset.UTC))).withConfig(READ).execute()
                .records().stream().map(Neo4jLeadDecisions::decision).toList();
    }

    @Override
    public List<LeadDecision> historyUntil(Instant until) {
        return driver.executableQuery("""
                MATCH (d:LeadDecision) WHERE d.decidedAt <= $until
                RETURN %s ORDER BY decidedAt, subjectId, indicator
                """.formatted(FIELDS)).withParameters(Map.of("until", until.atZone(ZoneOffset.UTC))).withConfig(READ).execute()
                .records().stream().map(Neo4jLeadDecisions::decision).toList();
    }

    private static LeadDecision decision(Record r) {
        return new LeadDecision(r.get("subjectId").asString(), r.get("indicator").asString(),
                Decision.parse(r.get("decision").asString()).orElse(Decision.NEEDS_INFORMATION), r.get("reason").asString(""),
                r.get("user").asString(""), r.get("role").asString(""), r.get("caseReference").asString(""),
                r.get("decidedAt").asZonedDateTime().toInstant());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
