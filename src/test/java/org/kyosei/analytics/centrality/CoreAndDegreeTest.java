package org.kyosei.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;

/** {@link CoreDecomposition}, {@link DegreeCentrality} and {@link ConnectedComponents}. */
class CoreAndDegreeTest {

    private static double[] core(CsrGraph graph) {
        return new CoreDecomposition().compute(graph).scores();
    }

    @Test
    void corenessLadder() {
        assertThat(core(TestGraphs.empty())).isEmpty();
        assertThat(core(TestGraphs.single())).containsExactly(0.0);
        assertThat(core(TestGraphs.k2())).containsExactly(1.0, 1.0);
        assertThat(core(TestGraphs.path(5))).containsOnly(1.0);
        assertThat(core(TestGraphs.star(6))).containsOnly(1.0);
        assertThat(core(TestGraphs.cycle(5))).containsOnly(2.0);
        assertThat(core(TestGraphs.disconnected())).containsExactly(2, 2, 2, 1, 1, 1, 0);
    }

    @Test
    void cliqueWithATailPeelsTheTailFirst() {
        // K4 on 0..3, bridge 3 - 4 - 5 to a triangle 5, 6, 7, and a pendant node 8 on 4
        CsrGraph graph = TestGraphs.of(9, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 5, 4, 8);
        assertThat(CoreDecomposition.coreness(graph)).containsExactly(3, 3, 3, 3, 2, 2, 2, 2, 1);
    }

    @Test
    void karateClubDegeneracyIsFour() {
        NodeScores scores = new CoreDecomposition().compute(TestGraphs.karateNetworkX());
        assertThat(Arrays.stream(scores.scores()).max().orElseThrow()).isEqualTo(4.0);
        assertThat(scores.note()).isEqualTo("Batagelj-Zaversnik, degeneracy 4");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void equalsJGraphTCoreness(long seed) {
        for (Graph<Integer, DefaultEdge> graph : java.util.List.of(TestGraphs.gnp(300, 0.03, seed),
                TestGraphs.barabasiAlbert(5, 4, 400, seed), TestGraphs.karateJGraphT())) {
            TestGraphs.Converted converted = TestGraphs.toCsr(graph);
            Map<Integer, Integer> theirs = new org.jgrapht.alg.scoring.Coreness<>(graph).getScores();
            assertThat(core(converted.csr())).containsExactly(converted.inNodeOrder(theirs));
        }
    }

    @Test
    void degreeCountsDistinctNeighbours() {
        CsrGraph graph = CsrGraph.builder(4).addEdge(0, 1).addEdge(1, 0).addEdge(0, 1).addEdge(0, 2).addEdge(2, 2)
                .build(EdgeAggregation.SUM);
        assertThat(new DegreeCentrality().compute(graph).scores()).containsExactly(2, 1, 1, 0);
        assertThat(new DegreeCentrality().compute(TestGraphs.empty()).scores()).isEmpty();
        assertThat(new DegreeCentrality().compute(TestGraphs.star(3)).scores()).containsExactly(3, 1, 1, 1);
    }

    @Test
    void componentsAreLabelledBySmallestNode() {
        ConnectedComponents components = ConnectedComponents.of(TestGraphs.disconnected());
        assertThat(components.count()).isEqualTo(3);
        assertThat(components.labels()).containsExactly(0, 0, 0, 1, 1, 1, 2);
        assertThat(components.componentSizeOf(4)).isEqualTo(3);
        assertThat(components.largestSize()).isEqualTo(3);
        assertThat(ConnectedComponents.of(TestGraphs.empty()).count()).isZero();
    }
}
