package org.kyosei.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kyosei.analytics.centrality.ScoreAssertions.assertClose;

import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;

/** {@link HarmonicCentrality} and {@link ClosenessCentrality}. */
class DistanceCentralityTest {

    private static double[] harmonic(CsrGraph graph) {
        return new HarmonicCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), 2).compute(graph).scores();
    }

    private static double[] closeness(CsrGraph graph) {
        return new ClosenessCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), 2).compute(graph).scores();
    }

    @Test
    void emptySingleAndK2() {
        assertThat(harmonic(TestGraphs.empty())).isEmpty();
        assertThat(closeness(TestGraphs.empty())).isEmpty();
        assertThat(harmonic(TestGraphs.single())).containsExactly(0.0);
        assertThat(closeness(TestGraphs.single())).containsExactly(0.0);
        assertThat(harmonic(TestGraphs.k2())).containsExactly(1.0, 1.0);
        assertThat(closeness(TestGraphs.k2())).containsExactly(1.0, 1.0);
    }

    @Test
    void pathStarAndCycle() {
        assertClose(harmonic(TestGraphs.path(5)), new double[] {25.0 / 12, 17.0 / 6, 3, 17.0 / 6, 25.0 / 12}, 1e-12);
        assertClose(closeness(TestGraphs.path(5)), new double[] {0.4, 4.0 / 7, 4.0 / 6, 4.0 / 7, 0.4}, 1e-12);
        double[] star = harmonic(TestGraphs.star(4));
        assertThat(star[0]).isEqualTo(4.0);
        assertThat(star[1]).isCloseTo(1 + 3 * 0.5, within(1e-12));
        assertThat(closeness(TestGraphs.star(4))[1]).isCloseTo(4.0 / 7, within(1e-12));
        // C6: distances 1, 1, 2, 2, 3
        double c6 = 10.0 / 3;
        assertClose(harmonic(TestGraphs.cycle(6)), new double[] {c6, c6, c6, c6, c6, c6}, 1e-12);
    }

    @Test
    void disconnectedGraphUsesReachableNodesAndTheWassermanFaustScaling() {
        // n = 7; triangle and path nodes reach r = 3 nodes; isolated node reaches itself only
        assertClose(harmonic(TestGraphs.disconnected()), new double[] {2, 2, 2, 1.5, 2, 1.5, 0}, 1e-12);
        double third = 2.0 / 6;
        assertClose(closeness(TestGraphs.disconnected()),
                new double[] {third * 1, third * 1, third * 1, third * 2.0 / 3, third * 1, third * 2.0 / 3, 0}, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void equalJGraphTOnConnectedRandomGraphs(long seed) {
        Graph<Integer, DefaultEdge> graph = TestGraphs.barabasiAlbert(3, 2, 200, seed);
        TestGraphs.Converted converted = TestGraphs.toCsr(graph);
        // JGraphT: harmonic un-normalised = sum of 1/d; closeness normalised = (n-1)/sum d on connected graphs
        Map<Integer, Double> harmonic = new org.jgrapht.alg.scoring.HarmonicCentrality<>(graph, false, false)
                .getScores();
        Map<Integer, Double> closeness = new org.jgrapht.alg.scoring.ClosenessCentrality<>(graph, false, true)
                .getScores();
        assertClose(harmonic(converted.csr()), converted.inNodeOrder(harmonic), 1e-12);
        assertClose(closeness(converted.csr()), converted.inNodeOrder(closeness), 1e-12);
    }

    @Test
    void harmonicEqualsJGraphTOnDisconnectedGraphs() {
        Graph<Integer, DefaultEdge> graph = TestGraphs.gnp(150, 0.01, 4);
        TestGraphs.Converted converted = TestGraphs.toCsr(graph);
        assertThat(ConnectedComponents.of(converted.csr()).count()).isGreaterThan(1);
        Map<Integer, Double> harmonic = new org.jgrapht.alg.scoring.HarmonicCentrality<>(graph, false, false)
                .getScores();
        assertClose(harmonic(converted.csr()), converted.inNodeOrder(harmonic), 1e-12);
    }

    @Test
    void weightedEqualJGraphT() {
        Graph<Integer, DefaultWeightedEdge> graph = TestGraphs.weightedGnp(120, 0.08, 6,
                TestGraphs.WeightDraw.CONTINUOUS);
        TestGraphs.Converted converted = TestGraphs.toCsr(graph);
        assertThat(ConnectedComponents.of(converted.csr()).count()).isEqualTo(1);
        Map<Integer, Double> harmonic = new org.jgrapht.alg.scoring.HarmonicCentrality<>(graph, false, false)
                .getScores();
        Map<Integer, Double> closeness = new org.jgrapht.alg.scoring.ClosenessCentrality<>(graph, false, true)
                .getScores();
        double[] ourHarmonic = new HarmonicCentrality(Weighting.WEIGHTED, SourceSelection.all(), 2)
                .compute(converted.csr()).scores();
        double[] ourCloseness = new ClosenessCentrality(Weighting.WEIGHTED, SourceSelection.all(), 2)
                .compute(converted.csr()).scores();
        assertClose(ourHarmonic, converted.inNodeOrder(harmonic), 1e-12);
        assertClose(ourCloseness, converted.inNodeOrder(closeness), 1e-12);
    }

    @Test
    void karateClubValues() {
        CsrGraph karate = TestGraphs.karateNetworkX();
        // networkx.closeness_centrality / harmonic_centrality on karate_club_graph()
        assertThat(closeness(karate)[0]).isCloseTo(0.5689655172413793, within(1e-12));
        assertThat(closeness(karate)[33]).isCloseTo(0.55, within(1e-12));
        assertThat(harmonic(karate)[0]).isCloseTo(23.166666666666657, within(1e-9));
    }

    @Test
    void sampleOfAllNodesEqualsExact() {
        CsrGraph graph = TestGraphs.toCsr(TestGraphs.gnp(150, 0.015, 9)).csr();
        NodeScores sampled = new HarmonicCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(150, 3), 2)
                .compute(graph);
        assertThat(sampled.exact()).isTrue();
        assertThat(sampled.scores()).containsExactly(harmonic(graph));
        assertThat(new ClosenessCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(999, 3), 2)
                .compute(graph).scores()).containsExactly(closeness(graph));
    }

    @Test
    void sampledEstimatesAreCloseReproducibleAndExactOnPivotsAndSmallComponents() {
        // a big BA component plus a few small components that will hold no pivot
        CsrGraph base = TestGraphs.toCsr(TestGraphs.barabasiAlbert(3, 3, 400, 21)).csr();
        var builder = CsrGraph.builder(410);
        for (int u = 0; u < 400; u++) {
            for (int e = base.firstEdge(u); e < base.endEdge(u); e++) {
                builder.addEdge(u, base.targets()[e]);
            }
        }
        builder.addEdge(400, 401).addEdge(401, 402).addEdge(403, 404);
        CsrGraph graph = builder.build(EdgeAggregation.MAX);
        double[] exactHarmonic = harmonic(graph);
        double[] exactCloseness = closeness(graph);
        int k = 60;
        NodeScores h = new HarmonicCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(k, 77), 2).compute(graph);
        NodeScores c = new ClosenessCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(k, 77), 3).compute(graph);
        assertThat(h.exact()).isFalse();
        assertThat(h.note()).startsWith("sampled 60 of 410 pivots (multi-source BFS), seed 77").contains("Hoeffding");
        assertThat(c.note()).contains("Eppstein-Wang");
        int[] pivots = SourceSelection.sample(k, 77).sources(410);
        for (int p : pivots) {
            assertThat(h.score(p)).isCloseTo(exactHarmonic[p], within(1e-12));
        }
        for (int v = 400; v < 410; v++) {
            assertThat(h.score(v)).isCloseTo(exactHarmonic[v], within(1e-12));
            assertThat(c.score(v)).isCloseTo(exactCloseness[v], within(1e-12));
        }
        // within the stated Hoeffding bound, and in practice within a few percent
        double bound = 399 * Math.sqrt(Math.log(2 / 0.05) / (2.0 * k));
        double worstRelative = 0.0;
        for (int v = 0; v < 400; v++) {
            assertThat(Math.abs(h.score(v) - exactHarmonic[v])).isLessThan(bound);
            worstRelative = Math.max(worstRelative, Math.abs(h.score(v) - exactHarmonic[v]) / exactHarmonic[v]);
            worstRelative = Math.max(worstRelative, Math.abs(c.score(v) - exactCloseness[v]) / exactCloseness[v]);
        }
        assertThat(worstRelative).isLessThan(0.15);
        assertThat(new HarmonicCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(k, 77), 1).compute(graph)
                .scores()).containsExactly(h.scores());
    }

    @Test
    void resultsAreIdenticalAtConcurrencyOneAndFour() {
        CsrGraph graph = TestGraphs.toCsr(TestGraphs.barabasiAlbert(3, 2, 1200, 5)).csr();
        for (Weighting weighting : Weighting.values()) {
            for (SourceSelection sources : new SourceSelection[] {SourceSelection.all(),
                    SourceSelection.sample(100, 5)}) {
                assertThat(new HarmonicCentrality(weighting, sources, 4).compute(graph).scores())
                        .containsExactly(new HarmonicCentrality(weighting, sources, 1).compute(graph).scores());
                assertThat(new ClosenessCentrality(weighting, sources, 4).compute(graph).scores())
                        .containsExactly(new ClosenessCentrality(weighting, sources, 1).compute(graph).scores());
            }
        }
    }

    @Test
    void invalidParametersAreRejectedWithPreciseMessages() {
        assertThatThrownBy(() -> new HarmonicCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concurrency must be >= 1, got 0");
        assertThatThrownBy(() -> new ClosenessCentrality(Weighting.UNWEIGHTED, null, 1))
                .hasMessage("sources must not be null");
        CsrGraph graph = CsrGraph.builder(2).addEdge(0, 1, Double.POSITIVE_INFINITY).build(EdgeAggregation.MAX);
        assertThatThrownBy(() -> new ClosenessCentrality(Weighting.WEIGHTED, SourceSelection.all(), 1).compute(graph))
                .hasMessage("weighted closeness needs finite weights > 0 (edge lengths);"
                        + " edge {0, 1} has weight Infinity");
    }
}
