package org.kyosei.detection;

import java.time.LocalDate;

/** The graph seen as of one day, with the organization ties every indicator needs, computed once. */
public final class DetectionContext {
    private final DetectionGraph graph;
    private final int day;
    private OrganizationTies ties;

    public DetectionContext(DetectionGraph graph, LocalDate asOf) {
        this(graph, (int) asOf.toEpochDay());
    }

    DetectionContext(DetectionGraph graph, int day) {
        this.graph = graph;
        this.day = day;
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
        return new DetectionContext(graph, otherDay);
    }

    public synchronized OrganizationTies ties() {
        if (ties == null) {
            ties = OrganizationTies.compute(graph, day);
        }
        return ties;
    }
}
