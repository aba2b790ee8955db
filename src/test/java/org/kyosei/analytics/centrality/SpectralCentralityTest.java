package org.kyosei.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kyosei.analytics.centrality.ScoreAssertions.assertClose;

import java.util.Arrays;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;

/** {@link EigenvectorCentrality} and {@link KatzCentrality}. */
class SpectralCentralityTest {

    private static NodeScores eigenvector(CsrGraph graph) {
        return new EigenvectorCentrality(1e-13, 100_000, Weighting.UNWEIGHTED, 2).compute(graph);
    }

    private static double[] katz(CsrGraph graph, double alpha) {
        return new KatzCentrality(alpha, 1.0, 1e-13, 10_000, Weighting.UNWEIGHTED, 2).compute(graph).scores();
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        Arrays.fill(values, value);
        return values;
    }

    @Test
    void eigenvectorLadder() {
        assertThat(eigenvector(TestGraphs.empty()).scores()).isEmpty();
        assertThat(eigenvector(TestGraphs.single()).scores()).containsExactly(1.0);
        assertClose(eigenvector(TestGraphs.k2()).scores(), new double[] {Math.sqrt(0.5), Math.sqrt(0.5)}, 1e-12);
        assertClose(eigenvector(TestGraphs.cycle(6)).scores(), filled(6, 1 / Math.sqrt(6)), 1e-12);
    }

    @Test
    void eigenvectorConvergesOnBipartiteGraphs() {
        // star K(1,4): lambda = 2, centre 1/sqrt(2), leaves 1/sqrt(8); plain power iteration oscillates here
        NodeScores star = eigenvector(TestGraphs.star(4));
        assertThat(star.exact()).isTrue();
        assertThat(star.score(0)).isCloseTo(Math.sqrt(0.5), within(1e-10));
        assertThat(star.score(1)).isCloseTo(Math.sqrt(1.0 / 8), within(1e-10));
        assertThat(star.note()).contains("eigenvalue ~2.00000");
        double[] path = eigenvector(TestGraphs.path(5)).scores();
        // P5: x_i = sin(i*pi/6) normalised
        double norm = Math.sqrt(0.25 + 0.75 + 1 + 0.75 + 0.25);
        assertThat(path[2]).isCloseTo(1.0 / norm, within(1e-9));
    }

    @Test
    void eigenvectorOnADisconnectedGraphConcentratesOnTheDominantComponent() {
        double[] scores = eigenvector(TestGraphs.disconnected()).scores();
        // triangle: spectral radius 2 > path's sqrt(2) > isolated node's 0
        for (int v = 0; v < 3; v++) {
            assertThat(scores[v]).isCloseTo(1 / Math.sqrt(3), within(1e-10));
        }
        for (int v = 3; v < 7; v++) {
            assertThat(scores[v]).isLessThan(1e-9);
        }
        assertThat(Arrays.stream(scores).map(x -> x * x).sum()).isCloseTo(1.0, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void eigenvectorEqualsJGraphTOnNonBipartiteConnectedGraphs(long seed) {
        Graph<Integer, DefaultEdge> graph = TestGraphs.barabasiAlbert(4, 3, 300, seed);
        TestGraphs.Converted converted = TestGraphs.toCsr(graph);
        Map<Integer, Double> theirs = new org.jgrapht.alg.scoring.EigenvectorCentrality<>(graph, 100_000, 1e-15)
                .getScores();
        assertClose(eigenvector(converted.csr()).scores(), converted.inNodeOrder(theirs), 1e-8);
    }

    @Test
    void katzClosedFormsAndIsolatedNodes() {
        // star: c = (1 + a L) / (1 - a^2 L), leaf = 1 + a c
        double a = 0.1;
        double[] star = katz(TestGraphs.star(4), a);
        double centre = (1 + a * 4) / (1 - a * a * 4);
        assertThat(star[0]).isCloseTo(centre, within(1e-12));
        assertThat(star[1]).isCloseTo(1 + a * centre, within(1e-12));
        assertThat(katz(TestGraphs.disconnected(), a)[6]).isEqualTo(1.0);
        assertThat(katz(TestGraphs.empty(), a)).isEmpty();
        assertClose(katz(TestGraphs.cycle(5), a), filled(5, 1 / (1 - 2 * a)), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void katzEqualsJGraphT(long seed) {
        Graph<Integer, DefaultEdge> graph = TestGraphs.gnp(200, 0.03, seed);
        TestGraphs.Converted converted = TestGraphs.toCsr(graph);
        Map<Integer, Double> theirs = new org.jgrapht.alg.scoring.KatzCentrality<>(graph, 0.05, 10_000, 1e-15)
                .getScores();
        assertClose(katz(converted.csr(), 0.05), converted.inNodeOrder(theirs), 1e-10);
    }

    @Test
    void katzRejectsADivergingAlpha() {
        KatzCentrality katz = new KatzCentrality(0.5, 1.0, 1e-9, 1000, Weighting.UNWEIGHTED, 1);
        assertThatThrownBy(() -> katz.compute(TestGraphs.star(9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("alpha 0.5 is too large for this graph: the Katz series diverges")
                .hasMessageEndingWith("alpha < 1/max degree = 0.1111 always converges)");
    }

    @Test
    void resultsAreIdenticalAtConcurrencyOneAndFour() {
        CsrGraph graph = TestGraphs.toCsr(TestGraphs.barabasiAlbert(3, 2, 3 * SpectralIteration.BLOCK + 5, 8)).csr();
        for (Weighting weighting : Weighting.values()) {
            assertThat(new EigenvectorCentrality(1e-10, 200, weighting, 4).compute(graph).scores())
                    .containsExactly(new EigenvectorCentrality(1e-10, 200, weighting, 1).compute(graph).scores());
            assertThat(new KatzCentrality(0.01, 1, 1e-10, 200, weighting, 4).compute(graph).scores())
                    .containsExactly(new KatzCentrality(0.01, 1, 1e-10, 200, weighting, 1).compute(graph).scores());
        }
    }

    @Test
    void invalidParametersAreRejectedWithPreciseMessages() {
        assertThatThrownBy(() -> new KatzCentrality(0.0, 1, 1e-9, 10, Weighting.UNWEIGHTED, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> new KatzCentrality(0.1, Double.NaN, 1e-9, 10, Weighting.UNWEIGHTED, 1))
                .hasMessage("beta must be a finite number > 0, got NaN");
        assertThatThrownBy(() -> new EigenvectorCentrality(-1e-9, 10, Weighting.UNWEIGHTED, 1))
                .hasMessage("tolerance must be a finite number > 0, got -1.0E-9");
        assertThatThrownBy(() -> new EigenvectorCentrality(1e-9, 10, Weighting.UNWEIGHTED, 0))
                .hasMessage("concurrency must be >= 1, got 0");
    }
}
