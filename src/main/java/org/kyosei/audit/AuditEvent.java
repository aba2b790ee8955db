package org.kyosei.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One thing somebody did or tried: who (user and role), when, what (action and its parameters), under which
 * case or purpose reference, which entity ids it returned, and how it ended ({@code OK}, {@code REFUSED},
 * {@code FAILED}, {@code LOGIN_FAILED}...). Texts from outside are bounded on the way in ({@link AuditLimits}), so a
 * 5,000-character case header or parameter is not stored whole.
 */
public record AuditEvent(Instant time, String user, String role, String action, Map<String, String> parameters,
                         String caseReference, List<String> resultIds, String outcome) {
    public AuditEvent {
        user = AuditLimits.text(user);
        role = AuditLimits.text(role);
        action = AuditLimits.text(action);
        caseReference = AuditLimits.text(caseReference);
        outcome = AuditLimits.text(outcome);
        parameters = Map.copyOf(AuditLimits.parameters(parameters));
        resultIds = List.copyOf(resultIds);
    }
}
