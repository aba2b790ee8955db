package org.kyosei.detection;

import java.time.LocalDate;

/** The graph seen as of one day, with the organization ties every indicator needs, computed once. */
public final class DetectionContext {
    private final DetectionGraph graph;
    private final int day;
    /** Per-day results shared by every context of the same graph (earlier weeks are computed once). */
    private final java.util.concurrent.ConcurrentMap<String, java.util.concurrent.FutureTask<Object>> shared;

    public DetectionContext(DetectionGraph graph, LocalDate asOf) {
        this(graph, (int) asOf.toEpochDay(), new java.util.concurrent.ConcurrentHashMap<>());
    }

    private DetectionContext(DetectionGraph graph, int day,
                             java.util.concurrent.ConcurrentMap<String, java.util.concurrent.FutureTask<Object>> shared) {
        this.graph = graph;
        this.day = day;
        this.shared = shared;
    }

    public DetectionGraph graph() {
        return graph;
    }

    /** The as-of day (epoch day). */
    public int day() {
        return day;
    }

    public LocalDate asOf() {
        return LocalDate.ofEpochDay(day);
    }

    /** The same graph as of another day (an earlier week). */
    public DetectionContext at(int otherDay) {
        return new DetectionContext(graph, otherDay, shared);
    }

    /** The same graph as of another date. */
    public DetectionContext at(LocalDate otherDay) {
        return at((int) otherDay.toEpochDay());
    }

    public OrganizationTies ties() {
        return cached("ties", () -> OrganizationTies.compute(graph, day));
    }

    /**
     * A result for this day computed once per graph, even when several weeks are detected in
     * parallel: the first caller computes it, the others wait for that result.
     */
    @SuppressWarnings("unchecked")
    <T> T cached(String name, java.util.function.Supplier<T> compute) {
        String key = name + "@" + day;
        java.util.concurrent.FutureTask<Object> task = new java.util.concurrent.FutureTask<>(compute::get);
        java.util.concurrent.FutureTask<Object> existing = shared.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return (T) existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
