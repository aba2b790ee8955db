package org.kyosei.analytics.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.analytics.graph.EdgeAggregation;
import org.kyosei.analytics.structure.GraphFixtures;

class BoundedAllPathsTest {

    @Test
    void singleNodeHasItsTrivialPath() {
        PathEnumeration e = new IterativeDeepeningAllPaths(GraphFixtures.single()).paths(0, 0, 3, 10);
        assertThat(e.paths()).hasSize(1);
        assertThat(e.paths().get(0).nodes()).containsExactly(0);
        assertThat(e.truncated()).isFalse();
    }

    @Test
    void k2PathAndStar() {
        assertThat(nodes(new IterativeDeepeningAllPaths(GraphFixtures.k2()).paths(0, 1, 1, 10)))
                .containsExactly("[0, 1]");
        assertThat(nodes(new IterativeDeepeningAllPaths(GraphFixtures.path(5)).paths(0, 4, 4, 10)))
                .containsExactly("[0, 1, 2, 3, 4]");
        assertThat(new IterativeDeepeningAllPaths(GraphFixtures.path(5)).paths(0, 4, 3, 10).paths()).isEmpty();
        assertThat(nodes(new IterativeDeepeningAllPaths(GraphFixtures.star(4)).paths(1, 2, 5, 10)))
                .containsExactly("[1, 0, 2]");
    }

    @Test
    void cycleHasBothWaysRoundWithinTheBound() {
        IterativeDeepeningAllPaths all = new IterativeDeepeningAllPaths(GraphFixtures.cycle(6));
        assertThat(nodes(all.paths(0, 2, 5, 10))).containsExactly("[0, 1, 2]", "[0, 5, 4, 3, 2]");
        assertThat(nodes(all.paths(0, 2, 3, 10))).containsExactly("[0, 1, 2]");
    }

    @Test
    void disconnectedHasNone() {
        PathEnumeration e = new IterativeDeepeningAllPaths(GraphFixtures.disconnected()).paths(0, 3, 5, 10);
        assertThat(e.paths()).isEmpty();
        assertThat(e.truncated()).isFalse();
    }

    @Test
    void completeGraphCountsAndTruncation() {
        CsrGraph k5 = complete(5);
        IterativeDeepeningAllPaths all = new IterativeDeepeningAllPaths(k5);
        // Simple 0 -> 1 paths through 0..3 of the other three nodes: 1 + 3 + 6 + 6.
        PathEnumeration every = all.paths(0, 1, 4, 100);
        assertThat(every.paths()).hasSize(16);
        assertThat(every.truncated()).isFalse();
        PathEnumeration capped = all.paths(0, 1, 4, 5);
        assertThat(capped.truncated()).isTrue();
        assertThat(nodes(capped)).containsExactly("[0, 1]", "[0, 2, 1]", "[0, 3, 1]", "[0, 4, 1]", "[0, 2, 3, 1]");
        PathEnumeration exact = all.paths(0, 1, 4, 16);
        assertThat(exact.truncated()).isFalse();
        assertThat(exact.paths()).hasSize(16);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void matchesJGraphTAllDirectedPathsOnADirectedCopy(long seed) {
        CsrGraph g = GraphFixtures.gnp(40, 0.1, seed);
        Graph<Integer, DefaultEdge> directed = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.nodeCount(); v++) {
            directed.addVertex(v);
        }
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int e = g.firstEdge(u); e < g.endEdge(u); e++) {
                directed.addEdge(u, g.targets()[e]);
            }
        }
        IterativeDeepeningAllPaths ours = new IterativeDeepeningAllPaths(g);
        for (int[] pair : new int[][] {{0, 39}, {3, 20}, {7, 8}}) {
            for (int maxLength : new int[] {2, 4, 6}) {
                List<GraphPath<Integer, DefaultEdge>> theirs =
                        new AllDirectedPaths<>(directed).getAllPaths(pair[0], pair[1], true, maxLength);
                Set<String> expected = theirs.stream().map(p -> p.getVertexList().toString()).collect(Collectors.toSet());
                PathEnumeration mine = ours.paths(pair[0], pair[1], maxLength, 1_000_000);
                assertThat(nodes(mine)).containsExactlyInAnyOrderElementsOf(expected);
                for (int i = 1; i < mine.paths().size(); i++) {
                    assertThat(mine.paths().get(i).hops()).isGreaterThanOrEqualTo(mine.paths().get(i - 1).hops());
                }
            }
        }
    }

    @Test
    void invalidArgumentsAreNamed() {
        IterativeDeepeningAllPaths all = new IterativeDeepeningAllPaths(GraphFixtures.path(3));
        assertThatThrownBy(() -> all.paths(0, 2, -1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLength must be >= 0, got -1");
        assertThatThrownBy(() -> all.paths(0, 2, 3, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxPaths must be in 1..1000000, got 0");
        assertThatThrownBy(() -> all.paths(4, 2, 3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source 4 is outside nodes 0..2");
    }

    private static List<String> nodes(PathEnumeration e) {
        return e.paths().stream().map(p -> Arrays.toString(p.nodes())).toList();
    }

    private static CsrGraph complete(int n) {
        CsrGraphBuilder b = CsrGraph.builder(n);
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                b.addEdge(u, v);
            }
        }
        return b.build(EdgeAggregation.MAX);
    }
}
