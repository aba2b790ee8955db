package org.kyosei.analytics.structure;

import java.util.Arrays;
import java.util.List;

/**
 * The cut vertices (articulation points) and cut edges (bridges) of an undirected graph.
 *
 * <p>A node is an articulation point when deleting it increases the number of connected
 * components; an edge is a bridge when deleting it does. Both lists are sorted ascending (bridges
 * by their smaller end, then their larger end). The array is shared, not copied: do not modify it.
 *
 * @param articulationPoints the cut vertices, ascending
 * @param bridges the cut edges, each with {@code u < v}, ascending
 */
public record CutElements(int[] articulationPoints, List<UndirectedEdge> bridges) {

    public CutElements {
        bridges = List.copyOf(bridges);
    }

    /** Whether {@code node} is an articulation point (binary search). */
    public boolean isArticulationPoint(int node) {
        return Arrays.binarySearch(articulationPoints, node) >= 0;
    }

    @Override
    public String toString() {
        return "CutElements[articulationPoints=" + articulationPoints.length + ", bridges=" + bridges.size() + "]";
    }
}
