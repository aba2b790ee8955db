package org.kyosei.analytics.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.structure.GraphFixtures;

class YenKShortestPathsTest {

    @Test
    void singleNodeHasOnePathToItself() {
        List<Path> paths = new YenKShortestPaths(GraphFixtures.single()).paths(0, 0, 3);
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).nodes()).containsExactly(0);
    }

    @Test
    void k2AndPathHaveExactlyOnePath() {
        assertThat(new YenKShortestPaths(GraphFixtures.k2()).paths(0, 1, 5)).hasSize(1);
        assertThat(new YenKShortestPaths(GraphFixtures.path(6)).paths(0, 5, 5)).hasSize(1);
        assertThat(new YenKShortestPaths(GraphFixtures.star(5)).paths(1, 2, 5)).hasSize(1);
    }

    @Test
    void cycleHasTwoPaths() {
        List<Path> paths = new YenKShortestPaths(GraphFixtures.cycle(6)).paths(0, 2, 5);
        assertThat(paths).hasSize(2);
        assertThat(paths.get(0).nodes()).containsExactly(0, 1, 2);
        assertThat(paths.get(1).nodes()).containsExactly(0, 5, 4, 3, 2);
    }

    @Test
    void unreachableGivesNoPath() {
        assertThat(new YenKShortestPaths(GraphFixtures.disconnected()).paths(0, 4, 3)).isEmpty();
    }

    @Test
    void equalCostPathsComeInLexicographicOrder() {
        // Four-cycle 0-1-3-2-0: two paths of two hops from 0 to 3.
        CsrGraph g = GraphFixtures.of(4, new int[] {0, 1}, new int[] {1, 3}, new int[] {0, 2}, new int[] {2, 3});
        List<Path> paths = new YenKShortestPaths(g).paths(0, 3, 4);
        assertThat(paths).extracting(p -> java.util.Arrays.toString(p.nodes()))
                .containsExactly("[0, 1, 3]", "[0, 2, 3]");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20})
    void karateClubHopCostsMatchJGraphT(int k) {
        CsrGraph g = GraphFixtures.karate();
        Graph<Integer, Integer> j = g.asJGraphT();
        for (int[] pair : new int[][] {{0, 33}, {16, 25}, {11, 26}}) {
            List<Path> ours = new YenKShortestPaths(g).paths(pair[0], pair[1], k);
            List<GraphPath<Integer, Integer>> theirs = new YenKShortestPath<>(j).getPaths(pair[0], pair[1], k);
            assertThat(ours).extracting(Path::cost)
                    .containsExactlyElementsOf(theirs.stream().map(GraphPath::getWeight).toList());
            assertWellFormed(g, ours, pair[0], pair[1]);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void weightedCostsMatchJGraphT(long seed) {
        CsrGraph g = GraphFixtures.weightedGnp(80, 0.08, seed);
        Graph<Integer, Integer> view = g.asJGraphT();
        Graph<Integer, Integer> costs = new AsWeightedGraph<>(view, view::getEdgeWeight, false, false);
        YenKShortestPaths ours = new YenKShortestPaths(g, w -> w);
        for (int[] pair : new int[][] {{0, 79}, {5, 40}, {10, 11}}) {
            List<Path> mine = ours.paths(pair[0], pair[1], 12);
            List<GraphPath<Integer, Integer>> theirs = new YenKShortestPath<>(costs).getPaths(pair[0], pair[1], 12);
            assertThat(mine).hasSameSizeAs(theirs);
            for (int i = 0; i < mine.size(); i++) {
                assertThat(mine.get(i).cost()).isCloseTo(theirs.get(i).getWeight(), within(1e-9));
            }
            assertWellFormed(g, mine, pair[0], pair[1]);
        }
    }

    @Test
    void invalidArgumentsAreNamed() {
        YenKShortestPaths yen = new YenKShortestPaths(GraphFixtures.path(3));
        assertThatThrownBy(() -> yen.paths(0, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be in 1..100, got 0");
        assertThatThrownBy(() -> yen.paths(0, 2, 101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be in 1..100, got 101");
        assertThatThrownBy(() -> yen.paths(0, 7, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target 7 is outside nodes 0..2");
    }

    private static void assertWellFormed(CsrGraph g, List<Path> paths, int source, int target) {
        assertThat(new HashSet<>(paths)).hasSameSizeAs(paths);
        for (int i = 0; i < paths.size(); i++) {
            ShortestPathsTest.assertValid(g, paths.get(i), source, target);
            if (i > 0) {
                assertThat(paths.get(i).cost()).isGreaterThanOrEqualTo(paths.get(i - 1).cost());
            }
        }
    }
}
