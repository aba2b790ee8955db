package org.kyosei.analytics.paths;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Shortest paths from one source to every node: the distance of each node (positive infinity when
 * unreachable) and its predecessor on one shortest path ({@link #NO_PREDECESSOR} for the source
 * and for unreachable nodes). The arrays are shared, not copied: do not modify them.
 *
 * @param source the source node
 * @param distances distance of every node from the source
 * @param predecessors predecessor of every node on one shortest path
 */
public record ShortestPathTree(int source, double[] distances, int[] predecessors) {

    /** Predecessor of the source and of unreachable nodes. */
    public static final int NO_PREDECESSOR = -1;

    public ShortestPathTree {
        if (distances.length != predecessors.length) {
            throw new IllegalArgumentException("distances has " + distances.length
                    + " entries but predecessors has " + predecessors.length);
        }
    }

    /** Whether {@code target} can be reached from the source. */
    public boolean reaches(int target) {
        return distances[target] != Double.POSITIVE_INFINITY;
    }

    /** The distance to {@code target}, empty when unreachable. */
    public OptionalDouble distanceTo(int target) {
        return reaches(target) ? OptionalDouble.of(distances[target]) : OptionalDouble.empty();
    }

    /** One shortest path to {@code target}, empty when unreachable. */
    public Optional<Path> pathTo(int target) {
        if (!reaches(target)) {
            return Optional.empty();
        }
        int length = 1;
        for (int v = target; v != source; v = predecessors[v]) {
            length++;
        }
        int[] nodes = new int[length];
        int at = length - 1;
        for (int v = target; ; v = predecessors[v]) {
            nodes[at--] = v;
            if (v == source) {
                break;
            }
        }
        return Optional.of(new Path(nodes, distances[target]));
    }
}
