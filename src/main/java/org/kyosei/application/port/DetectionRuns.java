package org.kyosei.application.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.kyosei.report.StoredLead;
import org.kyosei.report.WeeklyRun;

/** The weekly runs kept between weeks, so a week's leads can be compared with the previous week's. */
public interface DetectionRuns {
    /** A stored run: its date and leads. */
    record Previous(LocalDate asOf, List<StoredLead> leads) {
    }

    void save(WeeklyRun run);

    /** The latest run before {@code asOf} at most {@code maxAgeDays} older, if any. */
    Optional<Previous> previous(LocalDate asOf, int maxAgeDays);
}
