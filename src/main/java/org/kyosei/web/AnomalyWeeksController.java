package org.kyosei.web;

import java.util.List;

import org.kyosei.application.AnomalyLists;
import org.kyosei.application.LeadReview;
import org.kyosei.security.AuditAttributes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The weeks that have an anomaly list, the latest first, so a client asks for a week that exists (the demo and the
 * scheduled run date a list by its Sunday, which on a Monday is last week), with each week's counts of leads by
 * status and by indicator for the trend. No person's data: dates and counts only.
 */
@RestController
@Tag(name = "anomalies", description = "INVESTIGATOR or OFFICE")
class AnomalyWeeksController {
    private final LeadReview review;

    AnomalyWeeksController(LeadReview review) {
        this.review = review;
    }

    record Weeks(List<AnomalyLists.Week> weeks) {
    }

    @GetMapping("/api/anomalies/weeks")
    @Operation(summary = "The weeks that have an anomaly list, the latest first: as-of date, ISO week, leads and their counts by status and indicator")
    Weeks weeks(HttpServletRequest request) {
        AuditAttributes.returned(request, List.of());
        return new Weeks(review.weeks());
    }
}
