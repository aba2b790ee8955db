package org.kyosei.report;

import java.time.LocalDate;

import org.kyosei.detection.Lead;

/** A lead as kept in a stored weekly run: the lead and the week it was first seen. */
public record StoredLead(Lead lead, LeadStatus status, LocalDate firstSeen) {
}
