package org.kyosei.analytics.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;

class ArticulationPointsAndBridgesTest {

    private final ArticulationPointsAndBridges algorithm = new HopcroftTarjanCutElements();

    @Test
    void emptyAndSingleHaveNothing() {
        for (CsrGraph g : new CsrGraph[] {GraphFixtures.empty(), GraphFixtures.single()}) {
            CutElements cut = algorithm.compute(g);
            assertThat(cut.articulationPoints()).isEmpty();
            assertThat(cut.bridges()).isEmpty();
        }
    }

    @Test
    void k2HasOneBridgeAndNoCutVertex() {
        CutElements cut = algorithm.compute(GraphFixtures.k2());
        assertThat(cut.articulationPoints()).isEmpty();
        assertThat(cut.bridges()).containsExactly(new UndirectedEdge(0, 1));
    }

    @Test
    void pathInnerNodesAreCutVerticesAndEveryEdgeABridge() {
        CutElements cut = algorithm.compute(GraphFixtures.path(5));
        assertThat(cut.articulationPoints()).containsExactly(1, 2, 3);
        assertThat(cut.bridges()).containsExactly(new UndirectedEdge(0, 1), new UndirectedEdge(1, 2),
                new UndirectedEdge(2, 3), new UndirectedEdge(3, 4));
    }

    @Test
    void starCentreIsTheOnlyCutVertex() {
        CutElements cut = algorithm.compute(GraphFixtures.star(4));
        assertThat(cut.articulationPoints()).containsExactly(0);
        assertThat(cut.bridges()).hasSize(4);
        assertThat(cut.isArticulationPoint(0)).isTrue();
        assertThat(cut.isArticulationPoint(1)).isFalse();
    }

    @Test
    void cycleHasNothing() {
        CutElements cut = algorithm.compute(GraphFixtures.cycle(6));
        assertThat(cut.articulationPoints()).isEmpty();
        assertThat(cut.bridges()).isEmpty();
    }

    @Test
    void disconnectedGraphIsHandledPerComponent() {
        CutElements cut = algorithm.compute(GraphFixtures.disconnected());
        assertThat(cut.articulationPoints()).isEmpty();
        assertThat(cut.bridges()).containsExactly(new UndirectedEdge(3, 4));
    }

    @Test
    void twoTrianglesSharingANode() {
        // Bow tie: 0-1-2-0 and 2-3-4-2, joined at 2; then a pendant 5 on 4.
        CsrGraph g = GraphFixtures.of(6, new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2}, new int[] {2, 3},
                new int[] {3, 4}, new int[] {2, 4}, new int[] {4, 5});
        CutElements cut = algorithm.compute(g);
        assertThat(cut.articulationPoints()).containsExactly(2, 4);
        assertThat(cut.bridges()).containsExactly(new UndirectedEdge(4, 5));
    }

    @Test
    void karateClubCutsAtTheInstructor() {
        CutElements cut = algorithm.compute(GraphFixtures.karate());
        // Member 12 (node 11) hangs on member 1 (node 0) alone.
        assertThat(cut.articulationPoints()).containsExactly(0);
        assertThat(cut.bridges()).containsExactly(new UndirectedEdge(0, 11));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void matchesJGraphTBiconnectivityInspectorOnRandomGraphs(long seed) {
        CsrGraph g = GraphFixtures.gnp(400, 2.0 / 400, seed);
        CutElements cut = algorithm.compute(g);
        Graph<Integer, Integer> j = g.asJGraphT();
        BiconnectivityInspector<Integer, Integer> inspector = new BiconnectivityInspector<>(j);
        assertThat(cut.articulationPoints()).containsExactly(
                new TreeSet<>(inspector.getCutpoints()).stream().mapToInt(Integer::intValue).toArray());
        Set<UndirectedEdge> expectedBridges = inspector.getBridges().stream()
                .map(e -> UndirectedEdge.of(j.getEdgeSource(e), j.getEdgeTarget(e)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(cut.bridges()).containsExactlyElementsOf(expectedBridges);
    }

    @Test
    void longPathDoesNotOverflowTheStack() {
        int n = 1_000_000;
        CutElements cut = algorithm.compute(GraphFixtures.path(n));
        assertThat(cut.articulationPoints()).hasSize(n - 2);
        List<UndirectedEdge> bridges = cut.bridges();
        assertThat(bridges).hasSize(n - 1);
        assertThat(bridges.get(n - 2)).isEqualTo(new UndirectedEdge(n - 2, n - 1));
    }

    @Test
    void edgeRecordRejectsReversedEnds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new UndirectedEdge(3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge ends must satisfy u < v, got {3, 1}");
    }
}
