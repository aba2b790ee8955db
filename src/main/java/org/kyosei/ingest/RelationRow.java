package org.kyosei.ingest;

import java.time.LocalDate;

import org.kyosei.domain.RelationType;

/**
 * A syntactically valid relation row. Empty {@code since}/{@code until} are stored as the
 * sentinels {@link #ALWAYS} and {@link #OPEN_ENDED}, which keeps the as-of rule a plain range test
 * ({@code since <= D <= until}) and lets {@code (src, type, dst, since)} identify a relationship.
 */
public record RelationRow(SourceRow source, String src, RelationType type, String dst,
                          LocalDate since, LocalDate until, double weight, String provenance, double confidence) {
    /** Stored {@code since} of a relationship that was always there (empty in the file). */
    public static final LocalDate ALWAYS = LocalDate.of(1, 1, 1);
    /** Stored {@code until} of a relationship that is still true (empty in the file). */
    public static final LocalDate OPEN_ENDED = LocalDate.of(9999, 12, 31);
}
