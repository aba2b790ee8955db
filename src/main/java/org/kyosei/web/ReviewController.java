package org.kyosei.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.kyosei.application.AnomalyLists;
import org.kyosei.application.LeadReview;
import org.kyosei.application.ListedLead;
import org.kyosei.domain.DateParameters;
import org.kyosei.review.Decision;
import org.kyosei.review.LeadDecision;
import org.kyosei.security.AuditAttributes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Review of leads: each lead can be confirmed, dismissed or marked "needs information" with a
 * reason. OFFICE names leads by pseudonym and sees pseudonyms; INVESTIGATOR uses real ids. Decisions are kept
 * with the real subject id, and the audit filter records every one.
 */
@RestController
@Tag(name = "anomalies", description = "INVESTIGATOR (ids) or OFFICE (pseudonymous)")
class ReviewController {
    static final int MIN_REASON = 3;
    static final int MAX_REASON = 500;

    private final LeadReview leads;
    private final Clock clock;

    ReviewController(LeadReview leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
    }

    /** A decision request: the lead (subject as the caller sees it, and indicator), the decision and why. */
    record DecisionRequest(String subject, String indicator, String decision, String reason, String asOf) {
    }

    /** A decision as the caller may see it. */
    record DecisionView(String subject, String indicator, Decision decision, String reason, String user, String role,
                        Instant decidedAt) {
    }

    record DecisionList(Instant asOf, boolean pseudonymous, List<DecisionView> decisions) {
    }

    @PostMapping("/api/anomalies/decisions")
    @Operation(summary = "Confirms, dismisses or marks a lead 'needs information' with a reason (subject: id, or pseudonym for OFFICE); "
            + "needs the X-Kyosei-Case header")
    DecisionView decide(@RequestBody DecisionRequest body, Authentication user,
                        @RequestHeader(name = CaseReference.HEADER, required = false) String caseHeader, HttpServletRequest request) {
        String caseReference = CaseReference.require(caseHeader); // a decision about a person is a use of their data
        if (body == null || body.subject() == null || body.subject().isBlank()) {
            throw BadParameterException.localized("subject", "review.subject");
        }
        if (body.indicator() == null || body.indicator().isBlank()) {
            throw BadParameterException.localized("indicator", "review.indicator");
        }
        Decision decision = Decision.parse(body.decision()).orElseThrow(() -> BadParameterException.localized("decision", "review.decision"));
        String reason = reason(body.reason());
        AuditAttributes.parameter(request, "subject", body.subject());
        AuditAttributes.parameter(request, "indicator", body.indicator());
        AuditAttributes.parameter(request, "decision", decision.name());
        AuditAttributes.parameter(request, "reason", reason);
        boolean pseudonymous = !ApiUser.role(user).seesIdentities();
        LocalDate weekOf = asOf(body.asOf());
        AnomalyLists.WeeklyList week = leads.week(weekOf).orElseThrow(() -> NotFoundException.noAnomalyList(weekOf));
        List<ListedLead> rows = leads.named(week, body.subject().strip(), body.indicator().strip(), pseudonymous);
        if (rows.isEmpty()) {
            throw new NotFoundException("no lead '" + body.subject() + "' / '" + body.indicator() + "' in the list of the week of "
                    + week.asOf());
        }
        String subjectId = rows.getFirst().subjectId();
        LeadDecision made = new LeadDecision(subjectId, rows.getFirst().indicator(), decision, reason, user.getName(),
                ApiUser.role(user).name(), caseReference, clock.instant());
        leads.record(made);
        AuditAttributes.returned(request, List.of(subjectId));
        return view(made, pseudonymous);
    }

    @GetMapping("/api/anomalies/decisions")
    @Operation(summary = "The current decision of each lead as of the end of asOf (default: now)")
    DecisionList list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      Authentication user, HttpServletRequest request) {
        Instant until = asOf == null ? clock.instant() : asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
        boolean pseudonymous = !ApiUser.role(user).seesIdentities();
        List<LeadDecision> latest = leads.latestAsOf(until);
        AuditAttributes.returned(request, latest.stream().map(LeadDecision::subjectId).distinct().toList());
        return new DecisionList(until, pseudonymous, latest.stream().map(d -> view(d, pseudonymous)).toList());
    }

    private DecisionView view(LeadDecision d, boolean pseudonymous) {
        String subject = pseudonymous ? leads.pseudonym(d.subjectId()) : d.subjectId();
        String reason = pseudonymous ? leads.redact(d.reason(), List.of(d.subjectId())) : d.reason();
        return new DecisionView(subject, d.indicator(), d.decision(), reason, d.user(), d.role(), d.decidedAt());
    }

    private static LocalDate asOf(String text) {
        try {
            return text == null || text.isBlank() ? null : DateParameters.parse("asOf", text.strip());
        } catch (DateParameters.BadDateException e) {
            throw new BadParameterException("asOf", e.getMessage());
        }
    }

    static String reason(String text) {
        String reason = text == null ? "" : text.strip();
        if (reason.length() < MIN_REASON || reason.length() > MAX_REASON || reason.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw BadParameterException.localized("reason", "review.reason", String.valueOf(MIN_REASON), String.valueOf(MAX_REASON));
        }
        return reason;
    }
}
