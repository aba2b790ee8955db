package org.kyosei.analytics.brokerage;

import java.util.Objects;

/**
 * Burt's structural-hole measures per node. Arrays are indexed by node and shared, not copied:
 * do not modify them.
 *
 * @param constraint Burt's constraint (lower: more brokerage opportunity); NaN for an isolated node
 * @param effectiveSize Burt's effective size (the non-redundant part of the ego network); 0 for an
 *     isolated node
 */
public record StructuralHoleScores(double[] constraint, double[] effectiveSize) {

    public StructuralHoleScores {
        Objects.requireNonNull(constraint, "constraint must not be null");
        Objects.requireNonNull(effectiveSize, "effectiveSize must not be null");
        if (constraint.length != effectiveSize.length) {
            throw new IllegalArgumentException("constraint has " + constraint.length
                    + " entries but effectiveSize has " + effectiveSize.length);
        }
    }

    /** Number of nodes. */
    public int nodeCount() {
        return constraint.length;
    }
}
