package org.kyosei.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.kyosei.store.Neo4jProjector;
import org.springframework.stereotype.Component;

/**
 * The whole graph as of a date, for path searches: loading it takes seconds on a large graph, so the last
 * {@value #KEPT} dates are kept for {@value #FRESH_MINUTES} minutes (a newer import shows after that).
 */
@Component
class ProjectionCache {
    static final int KEPT = 2;
    static final long FRESH_MINUTES = 10;

    private record Loaded(Projection projection, Instant at) {
    }

    private final Neo4jProjector projector;
    private final Clock clock;
    private final Map<LocalDate, Loaded> loaded = new LinkedHashMap<>(4, 0.75f, true);

    ProjectionCache(Neo4jProjector projector, Clock clock) {
        this.projector = projector;
        this.clock = clock;
    }

    synchronized Projection asOf(LocalDate date) {
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
