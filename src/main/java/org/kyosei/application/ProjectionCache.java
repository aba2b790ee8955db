package org.kyosei.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kyosei.application.port.ProjectionSource;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;

/**
 * The whole graph as of a date, for path searches: loading it takes seconds on a large graph, so the last
 * {@value #KEPT} dates are kept for {@value #FRESH_MINUTES} minutes (a newer import shows after that).
 */
public final class ProjectionCache {
    static final int KEPT = 2;
    static final long FRESH_MINUTES = 10;

    private record Loaded(Projection projection, Instant at) {
    }

    private final ProjectionSource projector;
    private final Clock clock;
    private final Map<LocalDate, Loaded> loaded = new LinkedHashMap<>(4, 0.75f, true);

    public ProjectionCache(ProjectionSource projector, Clock clock) {
        this.projector = projector;
        this.clock = clock;
    }

    public synchronized Projection asOf(LocalDate date) {
        Loaded hit = loaded.get(date);
        Instant now = clock.instant();
        if (hit != null && hit.at().plus(Duration.ofMinutes(FRESH_MINUTES)).isAfter(now)) {
            return hit.projection();
        }
        Projection projection = projector.project(ProjectionSpec.wholeGraph(date));
        loaded.put(date, new Loaded(projection, now));
        while (loaded.size() > KEPT) {
            loaded.remove(loaded.keySet().iterator().next());
        }
        return projection;
    }
}
