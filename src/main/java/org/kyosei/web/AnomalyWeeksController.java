package org.kyosei.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kyosei.application.AnomalyLists;
import org.kyosei.application.LeadReview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The weeks that have an anomaly list, with how many leads each holds by status and by indicator: counts only, no
 * subject, so the UI can ask for the latest list there is and draw the trend over weeks.
 */
@RestController
@Tag(name = "anomalies", description = "INVESTIGATOR or OFFICE")
class AnomalyWeeksController {
    private final LeadReview review;

    AnomalyWeeksController(LeadReview review) {
        this.review = review;
    }

    record Week(LocalDate asOf, int leads, Map<String, Integer> byStatus, Map<String, Integer> byIndicator) {
    }

    record Weeks(List<Week> weeks) {
    }

    @GetMapping("/api/anomalies/weeks")
    @Operation(summary = "The weeks with an anomaly list, oldest first, and their counts of leads by status and indicator")
    Weeks weeks() {
        return new Weeks(review.weeks().stream().map(AnomalyWeeksController::week).toList());
    }

    private static Week week(AnomalyLists.WeeklyList list) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byIndicator = new TreeMap<>();
        list.rows().forEach(row -> {
            byStatus.merge(row.status(), 1, Integer::sum);
            byIndicator.merge(row.indicator(), 1, Integer::sum);
        });
        return new Week(list.asOf(), list.rows().size(), byStatus, byIndicator);
    }
}
