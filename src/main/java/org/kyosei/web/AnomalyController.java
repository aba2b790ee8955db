package org.kyosei.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kyosei.application.AnomalyLists;
import org.kyosei.application.LeadReview;
import org.kyosei.security.AuditAttributes;
import org.kyosei.security.ProblemMessages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The week's anomaly list (leads for review). INVESTIGATOR sees entity ids; OFFICE sees pseudonyms in the
 * subject, evidence and explanation.
 */
@RestController
@Tag(name = "anomalies", description = "INVESTIGATOR (ids) or OFFICE (pseudonymous)")
class AnomalyController {
    private final LeadReview review;

    AnomalyController(LeadReview review) {
        this.review = review;
    }

    record AnomalyList(LocalDate asOf, boolean pseudonymous, List<Map<String, String>> rows) {
    }

    @GetMapping("/api/anomalies")
    @Operation(summary = "The anomaly list for the week holding asOf (default: the latest list), rows as in anomalies.csv")
    AnomalyList anomalies(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          Authentication user, HttpServletRequest request) {
        AnomalyLists.WeeklyList list = review.week(asOf).orElseThrow(() -> NotFoundException.localized("anomalies.noWeek"));
        List<String> ids = new ArrayList<>();
        list.rows().forEach(row -> {
            ids.add(row.subjectId());
            ids.addAll(row.evidenceIds());
        });
        AuditAttributes.returned(request, ids.stream().distinct().toList());
        boolean pseudonymous = !ApiUser.role(user).seesIdentities();
        Locale language = ProblemMessages.locale(request.getHeader("Accept-Language"));
        List<Map<String, String>> rows = list.rows().stream().map(row -> row.in(language))
                .map(row -> (pseudonymous ? review.pseudonymised(row) : row).columns()).toList();
        return new AnomalyList(list.asOf(), pseudonymous, rows);
    }
}
