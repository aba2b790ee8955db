package org.kyosei.analytics.brokerage;

import java.util.Objects;

/**
 * Per-node brokerage counts by role. Arrays are indexed by node and shared, not copied: do not
 * modify them.
 *
 * @param coordinator two-paths where the node is a coordinator
 * @param itinerant two-paths where the node is an itinerant (consultant)
 * @param representative two-paths where the node is a representative
 * @param gatekeeper two-paths where the node is a gatekeeper
 * @param liaison two-paths where the node is a liaison
 * @param total the sum of the five roles for each node
 */
public record BrokerageCounts(long[] coordinator, long[] itinerant, long[] representative, long[] gatekeeper,
        long[] liaison, long[] total) {

    public BrokerageCounts {
        Objects.requireNonNull(coordinator, "coordinator must not be null");
        Objects.requireNonNull(itinerant, "itinerant must not be null");
        Objects.requireNonNull(representative, "representative must not be null");
        Objects.requireNonNull(gatekeeper, "gatekeeper must not be null");
        Objects.requireNonNull(liaison, "liaison must not be null");
        Objects.requireNonNull(total, "total must not be null");
        int n = total.length;
        if (coordinator.length != n || itinerant.length != n || representative.length != n
                || gatekeeper.length != n || liaison.length != n) {
            throw new IllegalArgumentException("all role arrays must have the same length as total (" + n + ")");
        }
    }

    /** Number of nodes. */
    public int nodeCount() {
        return total.length;
    }

    /** The per-node counts of one role. */
    public long[] counts(BrokerageRole role) {
        return switch (role) {
            case COORDINATOR -> coordinator;
            case ITINERANT -> itinerant;
            case REPRESENTATIVE -> representative;
            case GATEKEEPER -> gatekeeper;
            case LIAISON -> liaison;
        };
    }

    /** The count of one role for one node. */
    public long count(BrokerageRole role, int node) {
        return counts(role)[node];
    }
}
