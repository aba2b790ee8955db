package org.kyosei.analytics.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;
import org.kyosei.analytics.structure.GraphFixtures;

class ShortestPathsTest {

    @Test
    void emptyGraphHasNoNodeToStartFrom() {
        assertThatThrownBy(() -> new BfsShortestPaths(GraphFixtures.empty()).path(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source 0 is outside nodes 0..-1");
    }

    @Test
    void singleNodeReachesItself() {
        Path p = new BfsShortestPaths(GraphFixtures.single()).path(0, 0).orElseThrow();
        assertThat(p.nodes()).containsExactly(0);
        assertThat(p.cost()).isZero();
        assertThat(p.hops()).isZero();
    }

    @Test
    void k2PathStarAndCycle() {
        assertThat(bfs(GraphFixtures.k2(), 0, 1).nodes()).containsExactly(0, 1);
        assertThat(bfs(GraphFixtures.path(5), 0, 4).nodes()).containsExactly(0, 1, 2, 3, 4);
        assertThat(bfs(GraphFixtures.path(5), 4, 1).nodes()).containsExactly(4, 3, 2, 1);
        assertThat(bfs(GraphFixtures.star(4), 1, 3).nodes()).containsExactly(1, 0, 3);
        assertThat(bfs(GraphFixtures.cycle(6), 0, 2).nodes()).containsExactly(0, 1, 2);
        assertThat(bfs(GraphFixtures.cycle(6), 0, 4).nodes()).containsExactly(0, 5, 4);
        assertThat(bfs(GraphFixtures.cycle(6), 0, 3).cost()).isEqualTo(3.0);
    }

    @Test
    void unreachableIsEmpty() {
        CsrGraph g = GraphFixtures.disconnected();
        assertThat(new BfsShortestPaths(g).path(0, 3)).isEmpty();
        assertThat(new DijkstraShortestPaths(g, w -> w).path(0, 5)).isEmpty();
        ShortestPathTree tree = new BfsShortestPaths(g).tree(0);
        assertThat(tree.reaches(2)).isTrue();
        assertThat(tree.reaches(3)).isFalse();
        assertThat(tree.distanceTo(3)).isEmpty();
        assertThat(tree.pathTo(5)).isEmpty();
        assertThat(tree.predecessors()[3]).isEqualTo(ShortestPathTree.NO_PREDECESSOR);
        assertThat(tree.distances()).containsExactly(0, 1, 1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY);
    }

    @Test
    void dijkstraPrefersTheCheaperDetour() {
        // 0-1 costs 10; 0-2-1 costs 1 + 1.
        CsrGraph g = CsrGraph.builder(3).addEdge(0, 1, 10).addEdge(0, 2, 1).addEdge(2, 1, 1).build(EdgeAggregation.MAX);
        Path p = new DijkstraShortestPaths(g, w -> w).path(0, 1).orElseThrow();
        assertThat(p.nodes()).containsExactly(0, 2, 1);
        assertThat(p.cost()).isEqualTo(2.0);
        // With cost 1 / weight the strong tie is the short way.
        assertThat(new DijkstraShortestPaths(g, w -> 1 / w).path(0, 1).orElseThrow().nodes()).containsExactly(0, 1);
        assertThat(bfs(g, 0, 1).nodes()).containsExactly(0, 1);
    }

    @Test
    void infiniteCostRemovesTheEdge() {
        CsrGraph g = CsrGraph.builder(3).addEdge(0, 1, 0).addEdge(1, 2, 1).build(EdgeAggregation.MAX);
        assertThat(new DijkstraShortestPaths(g, w -> 1 / w).path(0, 2)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void bfsMatchesJGraphT(long seed) {
        CsrGraph g = GraphFixtures.gnp(300, 0.015, seed);
        Graph<Integer, Integer> j = g.asJGraphT();
        ShortestPaths ours = new BfsShortestPaths(g);
        for (int source = 0; source < 300; source += 37) {
            SingleSourcePaths<Integer, Integer> expected = new BFSShortestPath<>(j).getPaths(source);
            ShortestPathTree tree = ours.tree(source);
            for (int target = 0; target < 300; target++) {
                GraphPath<Integer, Integer> path = expected.getPath(target);
                if (path == null) {
                    assertThat(tree.reaches(target)).isFalse();
                    assertThat(ours.path(source, target)).isEmpty();
                } else {
                    assertThat(tree.distances()[target]).isEqualTo(path.getLength());
                    Path p = ours.path(source, target).orElseThrow();
                    assertThat(p.hops()).isEqualTo(path.getLength());
                    assertValid(g, p, source, target);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void dijkstraMatchesJGraphT(long seed) {
        CsrGraph g = GraphFixtures.weightedGnp(300, 0.02, seed);
        Graph<Integer, Integer> view = g.asJGraphT();
        Graph<Integer, Integer> inverse = new AsWeightedGraph<>(view, e -> 1 / view.getEdgeWeight(e), false, false);
        ShortestPaths ours = new DijkstraShortestPaths(g, w -> 1 / w);
        for (int source = 0; source < 300; source += 29) {
            SingleSourcePaths<Integer, Integer> expected = new DijkstraShortestPath<>(inverse).getPaths(source);
            ShortestPathTree tree = ours.tree(source);
            for (int target = 0; target < 300; target++) {
                GraphPath<Integer, Integer> path = expected.getPath(target);
                if (path == null) {
                    assertThat(tree.reaches(target)).isFalse();
                } else {
                    assertThat(tree.distances()[target]).isCloseTo(path.getWeight(), within(1e-9));
                    Path p = tree.pathTo(target).orElseThrow();
                    assertValid(g, p, source, target);
                    double sum = 0;
                    for (int i = 0; i + 1 < p.nodes().length; i++) {
                        sum += 1 / g.weight(p.nodes()[i], p.nodes()[i + 1]);
                    }
                    assertThat(sum).isCloseTo(path.getWeight(), within(1e-9));
                    assertThat(ours.path(source, target).orElseThrow().cost()).isCloseTo(path.getWeight(), within(1e-9));
                }
            }
        }
    }

    @Test
    void invalidArgumentsAreNamed() {
        CsrGraph g = GraphFixtures.path(3);
        assertThatThrownBy(() -> new BfsShortestPaths(g).path(0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target 3 is outside nodes 0..2");
        assertThatThrownBy(() -> new BfsShortestPaths(g).tree(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source -1 is outside nodes 0..2");
        assertThatThrownBy(() -> new DijkstraShortestPaths(g, w -> -w))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge cost must be >= 0 and not NaN, got -1.0 for edge {0, 1} of weight 1.0");
        assertThatThrownBy(() -> new DijkstraShortestPaths(g, w -> Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge cost must be >= 0 and not NaN, got NaN for edge {0, 1} of weight 1.0");
    }

    private static Path bfs(CsrGraph g, int s, int t) {
        Optional<Path> p = new BfsShortestPaths(g).path(s, t);
        assertThat(p).isPresent();
        return p.orElseThrow();
    }

    static void assertValid(CsrGraph g, Path p, int source, int target) {
        assertThat(p.source()).isEqualTo(source);
        assertThat(p.target()).isEqualTo(target);
        for (int i = 0; i + 1 < p.nodes().length; i++) {
            assertThat(g.hasEdge(p.nodes()[i], p.nodes()[i + 1])).isTrue();
        }
        assertThat(java.util.Arrays.stream(p.nodes()).distinct().count()).isEqualTo(p.nodes().length);
    }
}
