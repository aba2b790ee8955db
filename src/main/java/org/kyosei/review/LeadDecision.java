package org.kyosei.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's decision on one lead, identified as in anomalies.csv by its subject and indicator.
 *
 * @param subjectId     the real entity id of the lead's subject (never a pseudonym)
 * @param indicator     the indicator that raised the lead
 * @param decision      confirmed, dismissed or needs information
 * @param reason        why, in the reviewer's words
 * @param user          who decided
 * @param role          the reviewer's role
 * @param caseReference the case or purpose reference given with the decision
 * @param decidedAt     when
 */
public record LeadDecision(String subjectId, String indicator, Decision decision, String reason, String user, String role,
                           String caseReference, Instant decidedAt) {
    public LeadDecision {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
