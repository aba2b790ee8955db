package org.kyosei.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kyosei.analytics.centrality.ScoreAssertions.assertClose;

import java.util.Arrays;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;

class PageRankTest {

    private static final double TIGHT = 1e-13;

    private static double[] pageRank(CsrGraph graph) {
        return new PageRank(0.85, TIGHT, 10_000, Weighting.UNWEIGHTED, 2).compute(graph).scores();
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    @Test
    void emptyGraphHasNoScores() {
        assertThat(new PageRank().compute(TestGraphs.empty()).scores()).isEmpty();
    }

    @Test
    void singleNodeHoldsAllTheRank() {
        assertThat(pageRank(TestGraphs.single())).containsExactly(1.0);
    }

    @Test
    void k2AndCycleAreUniform() {
        assertClose(pageRank(TestGraphs.k2()), new double[] {0.5, 0.5}, 1e-12);
        double[] cycle = pageRank(TestGraphs.cycle(7));
        for (double value : cycle) {
            assertThat(value).isCloseTo(1.0 / 7, within(1e-12));
        }
    }

    @Test
    void starMatchesTheClosedForm() {
        // c = (1-d)/n + d*L*l, l = (1-d)/n + d*c/L with L = 4 leaves, n = 5
        double[] scores = pageRank(TestGraphs.star(4));
        double centre = 0.132 / 0.2775;
        assertThat(scores[0]).isCloseTo(centre, within(1e-12));
        assertThat(scores[1]).isCloseTo(0.03 + 0.2125 * centre, within(1e-12));
    }

    @Test
    void pathIsSymmetricAndSumsToOne() {
        double[] scores = pageRank(TestGraphs.path(6));
        assertThat(sum(scores)).isCloseTo(1.0, within(1e-12));
        assertThat(scores[0]).isCloseTo(scores[5], within(1e-14));
        assertThat(scores[1]).isGreaterThan(scores[0]);
    }

    @Test
    void danglingNodesSpreadTheirRankUniformlyAsInJGraphT() {
        CsrGraph graph = TestGraphs.disconnected();
        Graph<Integer, DefaultEdge> theirs = TestGraphs.simple();
        for (int v = 0; v < 7; v++) {
            theirs.addVertex(v);
        }
        for (int[] e : new int[][] {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}}) {
            theirs.addEdge(e[0], e[1]);
        }
        Map<Integer, Double> expected = new org.jgrapht.alg.scoring.PageRank<>(theirs, 0.85, 10_000, TIGHT).getScores();
        double[] scores = pageRank(graph);
        assertClose(scores, TestGraphs.toCsr(theirs).inNodeOrder(expected), 1e-10);
        assertThat(sum(scores)).isCloseTo(1.0, within(1e-12));
        // isolated node: r = (1-d)/n + d*r/n
        assertThat(scores[6]).isCloseTo((0.15 / 7) / (1 - 0.85 / 7), within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void equalsJGraphTOnRandomGraphs(long seed) {
        for (Graph<Integer, DefaultEdge> graph : java.util.List.of(TestGraphs.gnp(200, 0.03, seed),
                TestGraphs.gnp(150, 0.008, seed), TestGraphs.barabasiAlbert(3, 2, 300, seed))) {
            TestGraphs.Converted converted = TestGraphs.toCsr(graph);
            Map<Integer, Double> theirs = new org.jgrapht.alg.scoring.PageRank<>(graph, 0.85, 10_000, TIGHT)
                    .getScores();
            double[] ours = pageRank(converted.csr());
            assertClose(ours, converted.inNodeOrder(theirs), 1e-10);
            assertThat(sum(ours)).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void weightedEqualsJGraphTWeightedPageRank() {
        Graph<Integer, DefaultWeightedEdge> graph = TestGraphs.weightedGnp(150, 0.04, 8,
                TestGraphs.WeightDraw.CONTINUOUS);
        TestGraphs.Converted converted = TestGraphs.toCsr(graph);
        Map<Integer, Double> theirs = new org.jgrapht.alg.scoring.PageRank<>(graph, 0.85, 10_000, TIGHT).getScores();
        double[] ours = new PageRank(0.85, TIGHT, 10_000, Weighting.WEIGHTED, 2).compute(converted.csr()).scores();
        assertClose(ours, converted.inNodeOrder(theirs), 1e-10);
        double[] unweighted = pageRank(converted.csr());
        assertThat(ours).isNotEqualTo(unweighted);
    }

    @Test
    void weightedTreatsZeroStrengthNodesAsDangling() {
        CsrGraph graph = CsrGraph.builder(3).addEdge(0, 1, 0.0).addEdge(1, 2, 2.0).build(EdgeAggregation.MAX);
        double[] scores = new PageRank(0.85, TIGHT, 10_000, Weighting.WEIGHTED, 1).compute(graph).scores();
        assertThat(sum(scores)).isCloseTo(1.0, within(1e-12));
        assertThat(scores[0]).isCloseTo((0.15 / 3) / (1 - 0.85 / 3), within(1e-12));
    }

    @Test
    void reportsNonConvergence() {
        NodeScores scores = new PageRank(0.85, 1e-15, 3, Weighting.UNWEIGHTED, 1)
                .compute(TestGraphs.toCsr(TestGraphs.barabasiAlbert(3, 2, 100, 1)).csr());
        assertThat(scores.exact()).isFalse();
        assertThat(scores.note()).contains("3 iterations").contains("NOT converged");
        assertThat(sum(scores.scores())).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void resultsAreIdenticalAtConcurrencyOneAndFour() {
        // more nodes than one parallel block
        CsrGraph graph = TestGraphs.toCsr(TestGraphs.barabasiAlbert(3, 2, 3 * PageRank.BLOCK + 17, 3)).csr();
        for (Weighting weighting : Weighting.values()) {
            double[] one = new PageRank(0.85, 1e-10, 100, weighting, 1).compute(graph).scores();
            double[] four = new PageRank(0.85, 1e-10, 100, weighting, 4).compute(graph).scores();
            assertThat(four).containsExactly(one);
        }
    }

    @Test
    void invalidParametersAreRejectedWithPreciseMessages() {
        assertThatThrownBy(() -> new PageRank(1.0, 1e-9, 10, Weighting.UNWEIGHTED, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("damping factor must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new PageRank(Double.NaN, 1e-9, 10, Weighting.UNWEIGHTED, 1))
                .hasMessage("damping factor must be in [0, 1), got NaN");
        assertThatThrownBy(() -> new PageRank(0.85, 0.0, 10, Weighting.UNWEIGHTED, 1))
                .hasMessage("tolerance must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> new PageRank(0.85, 1e-9, 0, Weighting.UNWEIGHTED, 1))
                .hasMessage("max iterations must be >= 1, got 0");
        assertThatThrownBy(() -> new PageRank(0.85, 1e-9, 10, Weighting.UNWEIGHTED, -2))
                .hasMessage("concurrency must be >= 1, got -2");
        CsrGraph negative = CsrGraph.builder(2).addEdge(0, 1, -1.0).build(EdgeAggregation.MAX);
        assertThatThrownBy(() -> new PageRank(Weighting.WEIGHTED).compute(negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weighted pagerank needs finite weights >= 0; edge {0, 1} has weight -1.0");
    }
}
