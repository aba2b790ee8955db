package org.kyosei.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kyosei.application.AnomalyLists;
import org.kyosei.application.EntityService;
import org.kyosei.application.LeadReview;
import org.kyosei.application.ListedLead;
import org.kyosei.query.EntityMatch;
import org.kyosei.security.AuditAttributes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * OFFICE sees leads pseudonymously until it opens one "with a reason": then the lead's subject and evidence
 * are shown with real ids and names. Opening needs a case reference and a reason; the audit filter records
 * both and the ids shown.
 */
@RestController
@Tag(name = "anomalies", description = "OFFICE; header X-Kyosei-Case and a reason required")
class LeadOpeningController {
    private final LeadReview leads;
    private final EntityService entities;

    LeadOpeningController(LeadReview leads, EntityService entities) {
        this.leads = leads;
        this.entities = entities;
    }

    /** An opened lead: its rows as in anomalies.csv, unredacted, and the entities they name. */
    record OpenedLead(String pseudonym, LocalDate asOf, String reason, List<Map<String, String>> rows, List<EntityMatch> entities) {
    }

    @GetMapping("/api/anomalies/{subject}/open")
    @Operation(summary = "Opens a lead named by its pseudonym: real ids and names of its subject and evidence (OFFICE, with a reason)")
    OpenedLead open(@PathVariable String subject, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) String indicator,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference, HttpServletRequest request) {
        CaseReference.require(caseReference);
        String why = ReviewController.reason(reason);
        AnomalyLists.WeeklyList week = leads.week(asOf).orElseThrow(() -> NotFoundException.noAnomalyList(asOf));
        List<ListedLead> named = leads.named(week, subject, indicator, true);
        if (named.isEmpty()) {
            throw new NotFoundException("no lead '" + subject + "' in the list of the week of " + week.asOf());
        }
        Set<String> ids = new LinkedHashSet<>();
        named.forEach(row -> {
            ids.add(row.subjectId());
            row.evidenceIds().forEach(id -> ids.add(id.strip()));
        });
        Map<String, EntityMatch> described = entities.describe(ids);
        List<EntityMatch> shown = new ArrayList<>();
        ids.forEach(id -> shown.add(described.getOrDefault(id, new EntityMatch(id, "", null))));
        AuditAttributes.returned(request, List.copyOf(ids));
        return new OpenedLead(subject, week.asOf(), why, named.stream().map(ListedLead::columns).toList(), shown);
    }
}
