package org.kyosei.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.kyosei.application.port.DatedGraphSource;
import org.kyosei.application.port.EntityReads;
import org.kyosei.application.port.GraphVersions;
import org.kyosei.application.port.NeighbourhoodReads;
import org.kyosei.graph.DatedGraph;
import org.kyosei.query.EntityMatch;
import org.kyosei.query.NeighbourhoodExpansion;
import org.kyosei.query.TieSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory graph the investigators' search and neighbourhood screens read: loaded in the background when the
 * service starts and read again, when something was committed since ({@link GraphVersions}), every
 * {@code kyosei.web.snapshot-minutes} (default 5). So what they show is at most that far
 * behind the store, and an unchanged graph costs one tiny read per period instead of a whole new copy. Until the
 * first load is done (or when it is switched off with {@code kyosei.web.snapshot-minutes=0}) its reads go to the
 * database; the choice is made here only.
 *
 * <p>Those database answers are slow on a large graph (a search scans every entity), so the service is not ready
 * (the health contributor {@code inMemoryGraph}) until {@link #firstReadEnded()}.
 */
public final class LiveTieSnapshot implements AutoCloseable {
    static final long DEFAULT_MINUTES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(LiveTieSnapshot.class);

    private final Supplier<TieSnapshot> loader;
    private final EntityReads entities;
    private final NeighbourhoodReads neighbourhoods;
    private final GraphVersions changes;
    private final ScheduledExecutorService refresher;
    private volatile TieSnapshot current;
    /** The database's position just before the current snapshot was read; guarded by this. */
    private String readAt;
    /** How many times the graph was read; for tests and logs. */
    private volatile int reads;
    /** Whether the first read has ended, read or failed (or reading is switched off). */
    private volatile boolean firstReadEnded;

    /** With the graph read by {@code loader} every {@code minutes} when it changed; 0 minutes: the database serves. */
    public LiveTieSnapshot(Supplier<TieSnapshot> loader, EntityReads entities, NeighbourhoodReads neighbourhoods,
                           GraphVersions changes, long minutes) {
        this.loader = loader;
        this.entities = entities;
        this.neighbourhoods = neighbourhoods;
        this.changes = changes;
        if (minutes <= 0) {
            this.refresher = null;
            this.firstReadEnded = true; // switched off: the database serves, and there is nothing to wait for
            return;
        }
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kyosei-graph-snapshot");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 0, Duration.ofMinutes(minutes).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Search hits, from the snapshot or, before it is loaded, a scan by the database with the same rules. */
    public List<EntityMatch> search(String text, int limit) {
        TieSnapshot snapshot = current;
        return snapshot != null ? snapshot.search(text, limit) : entities.search(text, limit);
    }

    /** A capped neighbourhood, from the snapshot or, before it is loaded, the database. */
    public Optional<NeighbourhoodExpansion.Expansion> expand(String id, int hops, LocalDate asOf, int cap) {
        TieSnapshot snapshot = current;
        return snapshot != null ? snapshot.expand(id, hops, asOf, cap) : neighbourhoods.expand(id, hops, asOf, cap);
    }

    /** The in-memory graph, when one was read. */
    public Optional<TieSnapshot> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Whether the first read of the graph has ended, read or failed (a failed read leaves the database to answer until
     * a later one succeeds, so there is nothing to wait for), or reading is switched off.
     */
    public boolean firstReadEnded() {
        return firstReadEnded;
    }

    /** The snapshot of the whole graph {@code source} reads, stamped with the time the read started. */
    public static Supplier<TieSnapshot> reading(DatedGraphSource source, Clock clock) {
        return () -> {
            long startedAt = clock.millis();
            return TieSnapshot.of(source.whole(), startedAt);
        };
    }

    /**
     * The whole dated graph as the store holds it now: the one held, read again first when anything was committed
     * since it was read (so a commit before this call is always in it); empty when reading is switched off.
     */
    public Optional<DatedGraph> currentGraph() {
        if (refresher == null) {
            return Optional.empty();
        }
        refreshIfChanged();
        return Optional.of(current.graph());
    }

    /**
     * Detection's graphs taken from the one held ({@link #currentGraph}) instead of a second read of the store, and
     * from {@code store} when reading is switched off. The held graph has every relationship; the detection graph as
     * of a day keeps those that started by then.
     */
    public DatedGraphSource preferredOver(DatedGraphSource store) {
        return new DatedGraphSource() {
            @Override
            public DatedGraph whole() {
                return currentGraph().orElseGet(store::whole);
            }

            @Override
            public DatedGraph startedBy(LocalDate day) {
                return currentGraph().orElseGet(() -> store.startedBy(day));
            }
        };
    }

    /** Reads the graph again now and waits for it (after the graph changed in this process). */
    public synchronized void reloadNow() {
        if (refresher != null) {
            read(changes.current());
        }
    }

    /** Reads the graph again if anything was committed since it was last read; true when it did. */
    public synchronized boolean refreshIfChanged() {
        String position = changes.current();
        if (current != null && position.equals(readAt)) {
            return false;
        }
        read(position);
        return true;
    }

    /** Reads the whole graph. {@code position} was taken before: a commit during the read shows as a change next time. */
    private void read(String position) {
        long started = System.nanoTime();
        TieSnapshot loaded = loader.get();
        readAt = position;
        current = loaded;
        reads++;
        firstReadEnded = true;
        LOG.info("in-memory graph read: {} entities, {} tie ends in {} ms", loaded.entities(), loaded.tieEnds(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public int reads() {
        return reads;
    }

    private void refresh() {
        try {
            refreshIfChanged();
        } catch (RuntimeException e) {
            LOG.warn("the in-memory graph could not be read; the screens keep the previous one or read the database: {}",
                    e.getMessage());
            firstReadEnded = true; // the database answers until a later read succeeds: nothing to wait for
        }
    }

    @Override
    public void close() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}
