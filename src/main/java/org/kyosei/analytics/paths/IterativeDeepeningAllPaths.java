package org.kyosei.analytics.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * All simple paths (no repeated node) between two nodes with at most {@code maxLength} edges,
 * shortest first.
 *
 * <p>Method: a breadth-first search from the target gives every node's hop distance to it (up to
 * {@code maxLength}); then, for each length L from the shortest possible up to {@code maxLength},
 * an iterative depth-first search lists the simple paths of exactly L edges, extending a partial
 * path only to nodes still close enough to the target to finish within L. Paths come out by
 * increasing length, and within one length in lexicographic order of their node ids. When more
 * than {@code maxPaths} paths exist, the first {@code maxPaths} in that order (so the shortest) are
 * returned and {@link PathEnumeration#truncated()} is set. Each path's cost is its number of edges.
 * From a node to itself the only simple path is that node alone.
 *
 * <p>Complexity: the number of simple paths grows exponentially with the length, so the caps are
 * what bounds the work: O(n + m) for the distances, then per length O(number of partial paths
 * explored * degree), at most {@code maxLength} rounds; the distance pruning keeps the explored
 * partial paths close to those that can still finish. Memory O(n + maxPaths * maxLength).
 * Iterative, so long paths cannot overflow the call stack. Immutable and thread-safe.
 */
public final class IterativeDeepeningAllPaths implements BoundedAllPaths {

    /** Largest {@code maxPaths} accepted. */
    public static final int MAX_PATHS_LIMIT = 1_000_000;

    private static final int FAR = Integer.MAX_VALUE;

    private final CsrGraph graph;

    public IterativeDeepeningAllPaths(CsrGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
    }

    @Override
    public PathEnumeration paths(int source, int target, int maxLength, int maxPaths) {
        EdgeCosts.checkNode(graph, source, "source");
        EdgeCosts.checkNode(graph, target, "target");
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be >= 0, got " + maxLength);
        }
        if (maxPaths < 1 || maxPaths > MAX_PATHS_LIMIT) {
            throw new IllegalArgumentException("maxPaths must be in 1.." + MAX_PATHS_LIMIT + ", got " + maxPaths);
        }
        if (source == target) {
            return new PathEnumeration(List.of(new Path(new int[] {source}, 0)), false);
        }
        int n = graph.nodeCount();
        int bound = (int) Math.min(maxLength, n - 1L);
        int[] toTarget = distancesTo(target, bound);
        List<Path> found = new ArrayList<>();
        if (toTarget[source] == FAR) {
            return new PathEnumeration(found, false);
        }
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        boolean[] onPath = new boolean[n];
        int[] path = new int[bound + 1];
        int[] cursor = new int[bound + 1];
        for (int length = toTarget[source]; length <= bound; length++) {
            int depth = 0;
            path[0] = source;
            cursor[0] = offsets[source];
            onPath[source] = true;
            while (depth >= 0) {
                int u = path[depth];
                int remaining = length - depth - 1; // edges left after the next step
                int next = -1;
                while (cursor[depth] < offsets[u + 1]) {
                    int v = targets[cursor[depth]++];
                    if (onPath[v] || toTarget[v] > remaining) {
                        continue;
                    }
                    if (v == target) {
                        if (remaining == 0) {
                            if (found.size() == maxPaths) {
                                return new PathEnumeration(found, true);
                            }
                            int[] nodes = Arrays.copyOf(path, depth + 2);
                            nodes[depth + 1] = target;
                            found.add(new Path(nodes, depth + 1));
                        }
                        continue;
                    }
                    next = v;
                    break;
                }
                if (next >= 0) {
                    depth++;
                    path[depth] = next;
                    cursor[depth] = offsets[next];
                    onPath[next] = true;
                } else {
                    onPath[u] = false;
                    depth--;
                }
            }
        }
        return new PathEnumeration(found, false);
    }

    /** Hop distance of every node to {@code target}, {@code FAR} beyond {@code bound}. */
    private int[] distancesTo(int target, int bound) {
        int n = graph.nodeCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        int[] distance = new int[n];
        Arrays.fill(distance, FAR);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        distance[target] = 0;
        queue[tail++] = target;
        while (head < tail) {
            int u = queue[head++];
            if (distance[u] == bound) {
                continue;
            }
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                int v = targets[e];
                if (distance[v] == FAR) {
                    distance[v] = distance[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        return distance;
    }
}
