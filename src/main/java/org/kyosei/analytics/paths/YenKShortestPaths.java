package org.kyosei.analytics.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Yen's K shortest loopless paths, by hop count or by edge cost.
 *
 * <p>Definition: the first path is a shortest path. The k-th is the cheapest loopless path not
 * yet chosen, found among the candidates made by deviating from the (k-1)-th path: for every
 * spur node on it, keep the root (the prefix up to the spur node), forbid the root's other nodes
 * and the next edge of every chosen path sharing that root, and append a shortest spur path from
 * the spur node to the target. Paths of equal cost are ordered by fewer hops, then by their node
 * sequences (lexicographically), so the output is deterministic.
 *
 * <p>Reference: J. Y. Yen, "Finding the K shortest loopless paths in a network", Management
 * Science 17(11):712–716 (1971).
 *
 * <p>Edge costs are 1 per edge (hop count), or a caller's transform of the stored weight as in
 * {@link DijkstraShortestPaths}. Time O(K * L * S) where L is the longest path's length and S
 * one shortest-path search (O(n + m) by hops, O((n + m) log n) weighted); the spur searches share
 * one workspace reset in O(1), so each costs only what it visits. K is capped at {@link #K_MAX}.
 * Immutable and thread-safe.
 */
public final class YenKShortestPaths implements KShortestPaths {

    /** Largest K accepted. */
    public static final int K_MAX = 100;

    private static final Comparator<Path> ORDER = Comparator.comparingDouble(Path::cost)
            .thenComparingInt(Path::hops)
            .thenComparing(Path::nodes, Arrays::compare);

    private final CsrGraph graph;
    private final EdgeCosts costs;

    /** Hop-count mode: every edge costs 1. */
    public YenKShortestPaths(CsrGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.costs = EdgeCosts.hops();
    }

    /**
     * Weighted mode.
     *
     * @param costOfWeight maps a stored edge weight to a cost >= 0 (+infinity removes the edge)
     * @throws IllegalArgumentException when a transformed cost is negative or NaN
     */
    public YenKShortestPaths(CsrGraph graph, DoubleUnaryOperator costOfWeight) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.costs = EdgeCosts.of(graph, costOfWeight);
    }

    /**
     * @throws IllegalArgumentException when a node is outside {@code 0..n-1} or {@code k} is not
     *     in {@code 1..}{@link #K_MAX}
     */
    @Override
    public List<Path> paths(int source, int target, int k) {
        EdgeCosts.checkNode(graph, source, "source");
        EdgeCosts.checkNode(graph, target, "target");
        if (k < 1 || k > K_MAX) {
            throw new IllegalArgumentException("k must be in 1.." + K_MAX + ", got " + k);
        }
        Search search = new Search(graph, costs);
        if (!search.run(source, target, null, null, null)) {
            return List.of();
        }
        List<Path> accepted = new ArrayList<>();
        accepted.add(path(search.pathTo(target)));
        if (source == target) {
            return accepted;
        }
        PriorityQueue<Path> candidates = new PriorityQueue<>(ORDER);
        Set<Path> known = new HashSet<>(accepted);
        BitSet bannedNodes = new BitSet(graph.nodeCount());
        BitSet bannedFirstHops = new BitSet(graph.nodeCount());
        while (accepted.size() < k) {
            int[] previous = accepted.get(accepted.size() - 1).nodes();
            for (int i = 0; i + 1 < previous.length; i++) {
                int spur = previous[i];
                for (Path p : accepted) {
                    int[] nodes = p.nodes();
                    if (nodes.length > i + 1 && Arrays.equals(nodes, 0, i + 1, previous, 0, i + 1)) {
                        bannedFirstHops.set(nodes[i + 1]);
                    }
                }
                for (int j = 0; j < i; j++) {
                    bannedNodes.set(previous[j]);
                }
                if (search.run(spur, target, null, bannedNodes, bannedFirstHops)) {
                    int[] spurNodes = search.pathTo(target);
                    int[] nodes = new int[i + spurNodes.length];
                    System.arraycopy(previous, 0, nodes, 0, i);
                    System.arraycopy(spurNodes, 0, nodes, i, spurNodes.length);
                    Path candidate = path(nodes);
                    if (known.add(candidate)) {
                        candidates.add(candidate);
                    }
                }
                for (int j = 0; j < i; j++) {
                    bannedNodes.clear(previous[j]);
                }
                for (Path p : accepted) {
                    if (p.nodes().length > i + 1) {
                        bannedFirstHops.clear(p.nodes()[i + 1]);
                    }
                }
            }
            Path next = candidates.poll();
            if (next == null) {
                break;
            }
            accepted.add(next);
        }
        return List.copyOf(accepted);
    }

    private Path path(int[] nodes) {
        return new Path(nodes, costs.pathCost(graph, nodes));
    }
}
