package org.kyosei.analytics.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.CsrGraphBuilder;
import org.kyosei.analytics.graph.EdgeAggregation;
import org.kyosei.analytics.structure.GraphFixtures;
import org.kyosei.analytics.structure.UndirectedEdge;

class ConnectingNetworkTest {

    @Test
    void noTerminalsOrOneTerminal() {
        ConnectingNetwork network = new ShortestPathConnectingNetwork(GraphFixtures.single());
        assertThat(network.connect().nodes()).isEmpty();
        ConnectingSubgraph one = network.connect(0);
        assertThat(one.nodes()).containsExactly(0);
        assertThat(one.edges()).isEmpty();
    }

    @Test
    void k2AndPath() {
        assertThat(new ShortestPathConnectingNetwork(GraphFixtures.k2()).connect(0, 1).edges())
                .containsExactly(new UndirectedEdge(0, 1));
        ConnectingSubgraph path = new ShortestPathConnectingNetwork(GraphFixtures.path(6)).connect(1, 4);
        assertThat(path.nodes()).containsExactly(1, 2, 3, 4);
        assertThat(path.edges()).hasSize(3);
    }

    @Test
    void starConnectsLeavesThroughTheCentre() {
        ConnectingSubgraph s = new ShortestPathConnectingNetwork(GraphFixtures.star(5)).connect(1, 3, 5);
        assertThat(s.nodes()).containsExactly(0, 1, 3, 5);
        assertThat(s.edges()).containsExactly(new UndirectedEdge(0, 1), new UndirectedEdge(0, 3),
                new UndirectedEdge(0, 5));
    }

    @Test
    void evenCycleKeepsBothShortestRoutes() {
        ConnectingSubgraph s = new ShortestPathConnectingNetwork(GraphFixtures.cycle(6)).connect(0, 3);
        assertThat(s.nodes()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(s.edges()).hasSize(6);
    }

    @Test
    void oddCycleKeepsOnlyTheShorterRoute() {
        ConnectingSubgraph s = new ShortestPathConnectingNetwork(GraphFixtures.cycle(7)).connect(0, 3);
        assertThat(s.nodes()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void diamondKeepsBothMiddlesButNotThePendant() {
        CsrGraph g = GraphFixtures.of(5, new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 3}, new int[] {2, 3},
                new int[] {3, 4});
        ConnectingSubgraph s = new ShortestPathConnectingNetwork(g).connect(0, 3, 3);
        assertThat(s.nodes()).containsExactly(0, 1, 2, 3);
        assertThat(s.edges()).hasSize(4);
    }

    @Test
    void terminalsInDifferentComponentsStayAlone() {
        ConnectingSubgraph s = new ShortestPathConnectingNetwork(GraphFixtures.disconnected()).connect(0, 2, 4);
        assertThat(s.nodes()).containsExactly(0, 2, 4);
        assertThat(s.edges()).containsExactly(new UndirectedEdge(0, 2));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void hopModeMatchesAllPairsDistances(long seed) {
        CsrGraph g = GraphFixtures.gnp(120, 0.03, seed);
        int[] terminals = {3, 17, 42, 99, 110};
        ConnectingSubgraph s = new ShortestPathConnectingNetwork(g).connect(terminals);
        double[][] d = new double[g.nodeCount()][];
        for (int v = 0; v < g.nodeCount(); v++) {
            d[v] = new BfsShortestPaths(g).tree(v).distances();
        }
        assertMatchesDefinition(g, terminals, s, d, (u, v) -> 1.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void weightedModeMatchesJGraphTDistances(long seed) {
        // Integer weights make equal-length alternatives exact.
        java.util.Random random = new java.util.Random(seed);
        CsrGraph base = GraphFixtures.gnp(100, 0.05, seed);
        CsrGraphBuilder b = CsrGraph.builder(100);
        for (int u = 0; u < 100; u++) {
            for (int e = base.firstEdge(u); e < base.endEdge(u); e++) {
                if (u < base.targets()[e]) {
                    b.addEdge(u, base.targets()[e], 1 + random.nextInt(3));
                }
            }
        }
        CsrGraph g = b.build(EdgeAggregation.MAX);
        Graph<Integer, Integer> j = g.asJGraphT();
        double[][] d = new double[100][100];
        for (int u = 0; u < 100; u++) {
            var paths = new DijkstraShortestPath<>(j).getPaths(u);
            for (int v = 0; v < 100; v++) {
                d[u][v] = paths.getWeight(v);
            }
        }
        int[] terminals = {0, 25, 50, 75};
        ConnectingSubgraph s = new ShortestPathConnectingNetwork(g, w -> w).connect(terminals);
        assertMatchesDefinition(g, terminals, s, d, g::weight);
    }

    @Test
    void invalidTerminalIsNamed() {
        assertThatThrownBy(() -> new ShortestPathConnectingNetwork(GraphFixtures.path(3)).connect(0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("terminal 5 is outside nodes 0..2");
    }

    private interface Cost {
        double of(int u, int v);
    }

    /** Node v: d(s,v) + d(v,t) = d(s,t); edge {u,v}: d(s,u) + c + d(v,t) = d(s,t) either way round. */
    private static void assertMatchesDefinition(CsrGraph g, int[] terminals, ConnectingSubgraph s, double[][] d,
            Cost cost) {
        TreeSet<Integer> nodes = new TreeSet<>();
        TreeSet<UndirectedEdge> edges = new TreeSet<>();
        for (int t : terminals) {
            nodes.add(t);
        }
        for (int a = 0; a < terminals.length; a++) {
            for (int b = a + 1; b < terminals.length; b++) {
                int s0 = terminals[a];
                int t0 = terminals[b];
                double total = d[s0][t0];
                if (total == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int u = 0; u < g.nodeCount(); u++) {
                    if (d[s0][u] + d[u][t0] == total) {
                        nodes.add(u);
                    }
                    for (int e = g.firstEdge(u); e < g.endEdge(u); e++) {
                        int v = g.targets()[e];
                        if (d[s0][u] + cost.of(u, v) + d[v][t0] == total) {
                            edges.add(UndirectedEdge.of(u, v));
                        }
                    }
                }
            }
        }
        assertThat(s.nodes()).containsExactly(nodes.stream().mapToInt(Integer::intValue).toArray());
        List<UndirectedEdge> expected = new ArrayList<>(edges);
        assertThat(s.edges()).containsExactlyElementsOf(expected);
        assertThat(Arrays.stream(s.nodes()).sorted().toArray()).containsExactly(s.nodes());
    }
}
