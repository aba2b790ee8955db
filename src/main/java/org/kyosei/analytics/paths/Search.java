package org.kyosei.analytics.paths;

import java.util.Arrays;
import java.util.BitSet;

import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.IndexedMinHeap;

/**
 * A reusable single-source search workspace: breadth-first search in hop-count mode, Dijkstra
 * with an indexed binary heap of int nodes otherwise. Arrays of n are allocated once and reset in
 * O(1) between searches by epoch stamps, so repeated searches (Yen's spur paths) cost only what
 * they visit. Ties on distance are broken by lower node id, so results are deterministic. Not
 * thread-safe: one workspace per call.
 */
final class Search {

    private final int[] offsets;
    private final int[] targets;
    private final EdgeCosts costs;
    private final double[] dist;
    private final int[] pred;
    private final int[] seenAt;
    private final int[] doneAt;
    /** Dijkstra's queue on (dist, node), lower node id first on ties; null in hop-count mode. */
    private final IndexedMinHeap heap;
    /** Breadth-first search's queue; null otherwise. */
    private final int[] queue;
    private int epoch;
    private int source = -1;

    Search(CsrGraph graph, EdgeCosts costs) {
        int n = graph.nodeCount();
        this.offsets = graph.offsets();
        this.targets = graph.targets();
        this.costs = costs;
        this.dist = new double[n];
        this.pred = new int[n];
        this.seenAt = new int[n];
        this.doneAt = new int[n];
        this.queue = costs.isHopCount() ? new int[n] : null;
        this.heap = costs.isHopCount() ? null : new IndexedMinHeap(n, true);
        if (heap != null) {
            heap.keys(dist);
        }
    }

    /**
     * Searches from {@code source}.
     *
     * @param target stop once this node's distance is final; -1 for no single target
     * @param targetSet when not null (and target is -1), stop once every node in it is settled and
     *     every node at most as far as the farthest of them is settled too
     * @param bannedNodes nodes the search may not enter (may be null)
     * @param bannedFirstHops nodes that may not be entered directly from the source (may be null)
     * @return whether {@code target} was reached (true when target is -1)
     */
    boolean run(int source, int target, BitSet targetSet, BitSet bannedNodes, BitSet bannedFirstHops) {
        nextEpoch();
        this.source = source;
        seenAt[source] = epoch;
        dist[source] = 0;
        pred[source] = ShortestPathTree.NO_PREDECESSOR;
        int remaining = targetSet == null ? -1 : targetSet.cardinality();
        if (targetSet != null && targetSet.get(source)) {
            remaining--;
        }
        return costs.isHopCount()
                ? breadthFirst(target, remaining, targetSet, bannedNodes, bannedFirstHops)
                : dijkstra(target, remaining, targetSet, bannedNodes, bannedFirstHops);
    }

    private boolean breadthFirst(int target, int remaining, BitSet targetSet, BitSet bannedNodes,
            BitSet bannedFirstHops) {
        int[] queue = this.queue;
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        doneAt[source] = epoch;
        if (source == target || remaining == 0) {
            return true;
        }
        while (head < tail) {
            int u = queue[head++];
            double next = dist[u] + 1;
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                int v = targets[e];
                if (seenAt[v] == epoch || (bannedNodes != null && bannedNodes.get(v))
                        || (u == source && bannedFirstHops != null && bannedFirstHops.get(v))) {
                    continue;
                }
                seenAt[v] = epoch;
                doneAt[v] = epoch;
                dist[v] = next;
                pred[v] = u;
                if (v == target) {
                    return true;
                }
                if (targetSet != null && targetSet.get(v) && --remaining == 0) {
                    // Every node nearer than v is already discovered; that is all a sweep needs.
                    return true;
                }
                queue[tail++] = v;
            }
        }
        return target < 0;
    }

    private boolean dijkstra(int target, int remaining, BitSet targetSet, BitSet bannedNodes,
            BitSet bannedFirstHops) {
        heap.clear();
        heap.insert(source);
        double limit = Double.POSITIVE_INFINITY;
        boolean limitSet = remaining == 0;
        if (limitSet) {
            limit = 0;
        }
        while (!heap.isEmpty()) {
            if (limitSet && dist[heap.peekMin()] > limit) {
                return true;
            }
            int u = heap.pollMin();
            doneAt[u] = epoch;
            if (u == target) {
                return true;
            }
            if (!limitSet && targetSet != null && targetSet.get(u) && --remaining == 0) {
                limitSet = true;
                limit = dist[u];
            }
            double du = dist[u];
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                int v = targets[e];
                double c = costs.cost(e);
                if (c == Double.POSITIVE_INFINITY || doneAt[v] == epoch
                        || (bannedNodes != null && bannedNodes.get(v))
                        || (u == source && bannedFirstHops != null && bannedFirstHops.get(v))) {
                    continue;
                }
                double candidate = du + c;
                if (seenAt[v] != epoch) {
                    seenAt[v] = epoch;
                    dist[v] = candidate;
                    pred[v] = u;
                    heap.insert(v);
                } else if (candidate < dist[v]) {
                    dist[v] = candidate;
                    pred[v] = u;
                    heap.decreased(v);
                }
            }
        }
        return target < 0;
    }

    /** Whether {@code v}'s distance is final in the last search. */
    boolean settled(int v) {
        return doneAt[v] == epoch;
    }

    /** Distance of a settled node. */
    double distance(int v) {
        return dist[v];
    }

    int predecessor(int v) {
        return pred[v];
    }

    /** The nodes from the last source to a settled {@code target}. */
    int[] pathTo(int target) {
        int length = 1;
        for (int v = target; v != source; v = pred[v]) {
            length++;
        }
        int[] nodes = new int[length];
        int at = length - 1;
        for (int v = target; ; v = pred[v]) {
            nodes[at--] = v;
            if (v == source) {
                return nodes;
            }
        }
    }

    /** The full tree of the last search (run with no target). */
    ShortestPathTree tree() {
        int n = dist.length;
        double[] distances = new double[n];
        int[] predecessors = new int[n];
        for (int v = 0; v < n; v++) {
            if (doneAt[v] == epoch) {
                distances[v] = dist[v];
                predecessors[v] = pred[v];
            } else {
                distances[v] = Double.POSITIVE_INFINITY;
                predecessors[v] = ShortestPathTree.NO_PREDECESSOR;
            }
        }
        return new ShortestPathTree(source, distances, predecessors);
    }

    private void nextEpoch() {
        if (epoch == Integer.MAX_VALUE) {
            Arrays.fill(seenAt, 0);
            Arrays.fill(doneAt, 0);
            epoch = 0;
        }
        epoch++;
    }
}
