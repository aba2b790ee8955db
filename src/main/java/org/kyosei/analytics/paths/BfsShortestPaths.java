package org.kyosei.analytics.paths;

import java.util.Objects;
import java.util.Optional;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Hop-count shortest paths by breadth-first search: the distance is the number of edges, weights
 * are ignored. Neighbours are scanned in ascending id, so the path returned among equally short
 * ones is the one found first that way.
 *
 * <p>Reference: E. F. Moore, "The shortest path through a maze", Proc. Int. Symp. on the Theory of
 * Switching (1959). Time O(n + m) per call (a single pair stops as soon as the target is found);
 * memory O(n) per call. Immutable and thread-safe.
 */
public final class BfsShortestPaths implements ShortestPaths {

    private final CsrGraph graph;
    private final EdgeCosts costs = EdgeCosts.hops();

    public BfsShortestPaths(CsrGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph must not be null");
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
