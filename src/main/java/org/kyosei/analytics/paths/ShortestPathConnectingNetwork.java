package org.kyosei.analytics.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.structure.UndirectedEdge;

/**
 * The union of <em>all</em> shortest paths between every pair of terminals (not just one per
 * pair).
 *
 * <p>Definition: for terminals {@code s, t} with distance {@code d(s, t)}, a node {@code v} lies on
 * a shortest s–t path when {@code d(s, v) + d(v, t) = d(s, t)}, and an edge {u, v} does when
 * {@code d(s, u) + c(u, v) + d(v, t) = d(s, t)}. The result is every such node and edge over all
 * pairs, plus the terminals themselves. Pairs in different components contribute nothing.
 *
 * <p>Computation: for each terminal {@code s} (but the last), one search from {@code s} that stops
 * once every later terminal is settled, then one backward sweep from those terminals over the
 * edges of the shortest-path DAG ({@code d(s, u) + c(u, v) = d(s, v)}), which collects the
 * union of all shortest paths from {@code s} to them in time linear in what it visits. With k
 * terminals: O(k (n + m)) by hop count, O(k (n + m) log n) weighted; memory O(n + m). In weighted
 * mode distances are compared with a relative tolerance of {@link #RELATIVE_TOLERANCE}. The
 * number of terminals is capped at {@link #TERMINALS_MAX}. Immutable and thread-safe.
 */
public final class ShortestPathConnectingNetwork implements ConnectingNetwork {

    /** Largest number of distinct terminals accepted. */
    public static final int TERMINALS_MAX = 1_000;
    /** Two weighted distances are equal when they differ by at most this times the larger one (or 1). */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private final CsrGraph graph;
    private final EdgeCosts costs;

    /** Hop-count mode. */
    public ShortestPathConnectingNetwork(CsrGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.costs = EdgeCosts.hops();
    }

    /**
     * Weighted mode.
     *
     * @param costOfWeight maps a stored edge weight to a cost >= 0 (+infinity removes the edge)
     * @throws IllegalArgumentException when a transformed cost is negative or NaN
     */
    public ShortestPathConnectingNetwork(CsrGraph graph, DoubleUnaryOperator costOfWeight) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.costs = EdgeCosts.of(graph, costOfWeight);
    }

    @Override
    public ConnectingSubgraph connect(int... terminals) {
        Objects.requireNonNull(terminals, "terminals must not be null");
        for (int t : terminals) {
            EdgeCosts.checkNode(graph, t, "terminal");
        }
        int[] distinct = Arrays.stream(terminals).distinct().sorted().toArray();
        if (distinct.length > TERMINALS_MAX) {
            throw new IllegalArgumentException("at most " + TERMINALS_MAX + " distinct terminals, got " + distinct.length);
        }
        int n = graph.nodeCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        BitSet nodes = new BitSet(n);
        for (int t : distinct) {
            nodes.set(t);
        }
        BitSet edgeEntries = new BitSet(targets.length);
        Search search = new Search(graph, costs);
        int[] visitedAt = new int[n];
        int[] stack = new int[n];
        for (int i = 0; i + 1 < distinct.length; i++) {
            int source = distinct[i];
            BitSet later = new BitSet(n);
            for (int j = i + 1; j < distinct.length; j++) {
                later.set(distinct[j]);
            }
            search.run(source, -1, later, null, null);
            int round = i + 1;
            int top = 0;
            for (int j = i + 1; j < distinct.length; j++) {
                int t = distinct[j];
                if (search.settled(t)) {
                    visitedAt[t] = round;
                    stack[top++] = t;
                }
            }
            while (top > 0) {
                int v = stack[--top];
                nodes.set(v);
                if (v == source) {
                    continue;
                }
                double dv = search.distance(v);
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int u = targets[e];
                    double c = costs.cost(e);
                    if (c == Double.POSITIVE_INFINITY || !search.settled(u) || !onShortestPath(search.distance(u) + c, dv)) {
                        continue;
                    }
                    edgeEntries.set(e);
                    if (visitedAt[u] != round) {
                        visitedAt[u] = round;
                        stack[top++] = u;
                    }
                }
            }
        }
        long[] keys = new long[edgeEntries.cardinality()];
        int count = 0;
        int v = 0;
        for (int e = edgeEntries.nextSetBit(0); e >= 0; e = edgeEntries.nextSetBit(e + 1)) {
            while (offsets[v + 1] <= e) {
                v++;
            }
            int u = targets[e];
            keys[count++] = ((long) Math.min(u, v) << 32) | Math.max(u, v);
        }
        Arrays.sort(keys, 0, count);
        List<UndirectedEdge> edges = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                edges.add(new UndirectedEdge((int) (keys[k] >>> 32), (int) keys[k]));
            }
        }
        return new ConnectingSubgraph(nodes.stream().toArray(), edges);
    }

    private boolean onShortestPath(double viaU, double dv) {
        if (costs.isHopCount()) {
            return viaU == dv;
        }
        return Math.abs(viaU - dv) <= RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(dv));
    }
}
