package org.kyosei.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.kyosei.application.port.ProjectionSource;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.kyosei.query.TieSnapshot;

/**
 * The whole graph as of a date, for path searches. Once the service's in-memory graph ({@link LiveTieSnapshot}) is
 * read, it is taken from there ({@link SnapshotProjection}): no second read of the store, and as fresh as the screens.
 * Until then it is read from the store, which takes seconds on a large graph. Either way the last {@value #KEPT} dates
 * are kept; one read from the store for {@value #FRESH_MINUTES} minutes (a newer import shows after that), one taken
 * from the in-memory graph as long as that graph is the current one.
 */
public final class ProjectionCache {
    static final int KEPT = 2;
    static final long FRESH_MINUTES = 10;

    /** {@code from} is the in-memory graph it was taken from, or null when it was read from the store. */
    private record Loaded(Projection projection, Instant at, TieSnapshot from) {
    }

    private final ProjectionSource projector;
    private final Supplier<Optional<TieSnapshot>> inMemory;
    private final Clock clock;
    private final Map<LocalDate, Loaded> loaded = new LinkedHashMap<>(4, 0.75f, true);

    /** Always from the store (a command, which holds no in-memory graph). */
    public ProjectionCache(ProjectionSource projector, Clock clock) {
        this(projector, Optional::empty, clock);
    }

    /** @param inMemory the in-memory graph when one is read */
    public ProjectionCache(ProjectionSource projector, Supplier<Optional<TieSnapshot>> inMemory, Clock clock) {
        this.projector = projector;
        this.inMemory = inMemory;
        this.clock = clock;
    }

    public synchronized Projection asOf(LocalDate date) {
        Optional<TieSnapshot> snapshot = inMemory.get();
        Loaded hit = loaded.get(date);
        Instant now = clock.instant();
        if (hit != null && (snapshot.isPresent() ? hit.from() == snapshot.get()
                : hit.from() == null && hit.at().plus(Duration.ofMinutes(FRESH_MINUTES)).isAfter(now))) {
            return hit.projection();
        }
        Projection projection = snapshot.isPresent() ? SnapshotProjection.wholeGraph(snapshot.get(), date)
                : projector.project(ProjectionSpec.wholeGraph(date));
        loaded.put(date, new Loaded(projection, now, snapshot.orElse(null)));
        while (loaded.size() > KEPT) {
            loaded.remove(loaded.keySet().iterator().next());
        }
        return projection;
    }
}
