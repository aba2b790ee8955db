package org.kyosei.analytics.paths;

import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Weighted shortest paths by Dijkstra's algorithm with an indexed binary heap of int nodes.
 *
 * <p>Edge costs are a caller-supplied transform of the stored weight, evaluated once per edge at
 * construction — for example {@code w -> 1 / w} to prefer strong ties, or
 * {@code w -> 1 - Math.log(w)} for a confidence in (0, 1]. A cost must be >= 0 and not NaN
 * (otherwise {@link IllegalArgumentException} naming the edge); a cost of +infinity removes the
 * edge. Ties on distance are broken by lower node id, so results are deterministic.
 *
 * <p>Reference: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische
 * Mathematik 1:269–271 (1959). Time O((n + m) log n) per call (a single pair stops once the target
 * is settled); memory O(m) for the costs plus O(n) per call. Immutable and thread-safe.
 */
public final class DijkstraShortestPaths implements ShortestPaths {

    private final CsrGraph graph;
    private final EdgeCosts costs;

    /**
     * @param graph the graph
     * @param costOfWeight maps a stored edge weight to a non-negative cost
     * @throws IllegalArgumentException when a transformed cost is negative or NaN
     */
    public DijkstraShortestPaths(CsrGraph graph, DoubleUnaryOperator costOfWeight) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
        this.costs = EdgeCosts.of(graph, costOfWeight);
    }

    @Override
    public Optional<Path> path(int source, int target) {
        EdgeCosts.checkNode(graph, source, "source");
        EdgeCosts.checkNode(graph, target, "target");
        Search search = new Search(graph, costs);
        if (!search.run(source, target, null, null, null)) {
            return Optional.empty();
        }
        return Optional.of(new Path(search.pathTo(target), search.distance(target)));
    }

    @Override
    public ShortestPathTree tree(int source) {
        EdgeCosts.checkNode(graph, source, "source");
        Search search = new Search(graph, costs);
        search.run(source, -1, null, null, null);
        return search.tree();
    }
}
