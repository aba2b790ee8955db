package org.kyosei.report;

import java.time.LocalDate;

import org.kyosei.detection.Lead;

/** One row of anomalies.csv: a lead with its rank, status and the week it was first seen. */
public record AnomalyRow(int rank, Lead lead, LeadStatus status, LocalDate firstSeen) {
}
