package org.kyosei.analytics.paths;

/**
 * All simple paths between two nodes up to a maximum length, with a cap on how many are returned.
 * Implementations are bound to one graph at construction.
 */
public interface BoundedAllPaths {

    /**
     * @param source first node
     * @param target last node
     * @param maxLength the largest number of edges a path may have, >= 0
     * @param maxPaths the largest number of paths returned, >= 1
     * @throws IllegalArgumentException when a node is outside {@code 0..n-1} or a bound is out of
     *     range
     */
    PathEnumeration paths(int source, int target, int maxLength, int maxPaths);
}
