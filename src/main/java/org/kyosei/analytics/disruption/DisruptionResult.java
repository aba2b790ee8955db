package org.kyosei.analytics.disruption;

import java.util.List;

/**
 * The outcome of a disruption simulation.
 *
 * @param nodeCount nodes in the original graph
 * @param initialLccSize size of the largest connected component before any removal
 * @param steps one entry per removal, in order
 */
public record DisruptionResult(int nodeCount, int initialLccSize, List<DisruptionStep> steps) {

    public DisruptionResult {
        steps = List.copyOf(steps);
    }

    /** The removed nodes in removal order. */
    public int[] removedNodes() {
        return steps.stream().mapToInt(DisruptionStep::removedNode).toArray();
    }
}
