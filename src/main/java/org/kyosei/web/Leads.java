package org.kyosei.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds the leads of a week's anomaly list that a caller names: by real subject id for a role that sees
 * identities, by pseudonym for one that does not (so a pseudonymous role cannot probe real ids).
 */
@Component
class Leads {
    private final AnomalyReports reports;
    private final Redactor redactor;

    Leads(AnomalyReports reports, Redactor redactor) {
        this.reports = reports;
        this.redactor = redactor;
    }

    /** The week's list, or a 404 naming the week. */
    AnomalyReports.WeeklyList week(LocalDate asOf) {
        return reports.forWeekOf(Optional.ofNullable(asOf)).orElseThrow(() -> new NotFoundException("no anomaly list for that week"
                + (asOf == null ? "" : " (" + asOf + ")") + "; 'kyosei report weekly' writes one"));
    }

    /** The rows whose subject the caller named (and whose indicator is {@code indicator}, when given). */
    List<Map<String, String>> named(AnomalyReports.WeeklyList list, String subject, String indicator, boolean byPseudonym) {
        return list.rows().stream()
                .filter(row -> byPseudonym ? redactor.pseudonym(row.get("subject_id")).equals(subject) : row.get("subject_id").equals(subject))
                .filter(row -> indicator == null || indicator.isBlank() || row.get("indicator").equals(indicator))
                .toList();
    }
}
