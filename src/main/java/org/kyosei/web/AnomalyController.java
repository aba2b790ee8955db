package org.kyosei.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.security.AuditAttributes;
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
    private final AnomalyReports reports;
    private final Redactor redactor;

    AnomalyController(AnomalyReports reports, Redactor redactor) {
        this.reports = reports;
        this.redactor = redactor;
    }

    record AnomalyList(LocalDate asOf, boolean pseudonymous, List<Map<String, String>> rows) {
    }

    @GetMapping("/api/anomalies")
    @Operation(summary = "The anomaly list for the week holding asOf (default: the latest list), rows as in anomalies.csv")
    AnomalyList anomalies(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          Authentication user, HttpServletRequest request) {
        AnomalyReports.WeeklyList list = reports.forWeekOf(Optional.ofNullable(asOf))
                .orElseThrow(() -> NotFoundException.localized("anomalies.noWeek"));
        List<String> ids = new ArrayList<>();
        list.rows().forEach(row -> {
            ids.add(row.get("subject_id"));
            for (String id : row.get("evidence").split("[>|]")) {
                if (!id.isBlank()) {
                    ids.add(id);
                }
            }
        });
        AuditAttributes.returned(request, ids.stream().distinct().toList());
        boolean pseudonymous = !ApiUser.role(user).seesIdentities();
        List<Map<String, String>> rows = pseudonymous ? list.rows().stream().map(this::pseudonymise).toList() : list.rows();
        return new AnomalyList(list.asOf(), pseudonymous, rows);
    }

    private Map<String, String> pseudonymise(Map<String, String> row) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        String explanation = row.get("explanation");
        List<String> ids = new ArrayList<>();
        ids.add(row.get("subject_id"));
        StringBuilder evidence = new StringBuilder();
        for (String token : row.get("evidence").split("(?<=[>|])|(?=[>|])")) {
            if (token.equals(">") || token.equals("|") || token.isBlank()) {
                evidence.append(token);
            } else {
                evidence.append(redactor.pseudonym(token));
                ids.add(token);
            }
        }
        explanation = redactor.redactText(explanation, ids);
        copy.put("subject_id", redactor.pseudonym(row.get("subject_id")));
        copy.put("evidence", evidence.toString());
        copy.put("explanation", explanation);
        return copy;
    }
}
