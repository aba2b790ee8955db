package org.kyosei.analytics.paths;

import java.util.List;

/**
 * The K shortest loopless paths between two nodes. Implementations are bound to one graph at
 * construction.
 */
public interface KShortestPaths {

    /**
     * Up to {@code k} distinct loopless paths from {@code source} to {@code target}, in
     * non-decreasing cost; fewer when fewer exist, none when {@code target} cannot be reached.
     * From a node to itself there is exactly one path, that node alone.
     *
     * @throws IllegalArgumentException when a node is outside {@code 0..n-1} or {@code k} is
     *     outside the implementation's range
     */
    List<Path> paths(int source, int target, int k);
}
