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

class BetweennessCentralityTest {

    private static final double EXACT = 1e-9;

    private static double[] exact(CsrGraph graph) {
        return new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), 2).compute(graph).scores();
    }

    private static double[] exactWeighted(CsrGraph graph) {
        return new BetweennessCentrality(Weighting.WEIGHTED, SourceSelection.all(), 2).compute(graph).scores();
    }

    @Test
    void emptyGraphHasNoScores() {
        NodeScores scores = new BetweennessCentrality().compute(TestGraphs.empty());
        assertThat(scores.scores()).isEmpty();
        assertThat(scores.measure()).isEqualTo("betweenness");
        assertThat(scores.exact()).isTrue();
    }

    @Test
    void singleNodeAndK2ScoreZero() {
        assertThat(exact(TestGraphs.single())).containsExactly(0.0);
        assertThat(exact(TestGraphs.k2())).containsExactly(0.0, 0.0);
    }

    @Test
    void pathCountsThePairsOnEitherSide() {
        // node i of P5 lies on every path between its i left and 4-i right nodes
        assertClose(exact(TestGraphs.path(5)), new double[] {0, 3, 4, 3, 0}, EXACT);
    }

    @Test
    void starCentreLiesOnEveryLeafPair() {
        double[] scores = exact(TestGraphs.star(5));
        assertThat(scores[0]).isCloseTo(10.0, within(1e-12));
        assertThat(Arrays.copyOfRange(scores, 1, 6)).containsOnly(0.0);
    }

    @Test
    void cycleSplitsEvenPairsBetweenBothWays() {
        // C_n: (n-1)(n-3)/8 for odd n, (n-2)^2/8 for even n
        assertThat(exact(TestGraphs.cycle(4))).containsOnly(0.5);
        assertThat(exact(TestGraphs.cycle(5))).containsOnly(1.0);
        assertThat(exact(TestGraphs.cycle(6))).containsOnly(2.0);
    }

    @Test
    void disconnectedPartsAreIndependentAndIsolatedNodesScoreZero() {
        assertClose(exact(TestGraphs.disconnected()), new double[] {0, 0, 0, 0, 1, 0, 0}, EXACT);
    }

    @Test
    void karateClubMatchesNetworkXRawValues() {
        double[] scores = exact(TestGraphs.karateNetworkX());
        // networkx.betweenness_centrality(karate_club_graph(), normalized=False); also igraph
        assertThat(scores[0]).isCloseTo(231.0714285714286, within(1e-9));
        assertThat(scores[33]).isCloseTo(160.5515873015873, within(1e-9));
        assertThat(scores[32]).isCloseTo(76.69047619047619, within(1e-9));
        assertThat(scores[2]).isCloseTo(75.85079365079365, within(1e-9));
        double normalisation = 33.0 * 32.0 / 2.0;
        assertThat(scores[0] / normalisation).isCloseTo(0.43763528138528146, within(1e-12));
    }

    @Test
    void karateClubFromJGraphTGeneratorHasTheSameValuesUnderItsNumbering() {
        Graph<Integer, DefaultEdge> karate = TestGraphs.karateJGraphT();
        TestGraphs.Converted converted = TestGraphs.toCsr(karate);
        double[] ours = exact(converted.csr());
        double[] sorted = ours.clone();
        Arrays.sort(sorted);
        assertThat(sorted[sorted.length - 1]).isCloseTo(231.0714285714286, within(1e-9));
        assertThat(sorted[sorted.length - 2]).isCloseTo(160.5515873015873, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void equalsJGraphTOnRandomGraphs(long seed) {
        checkAgainstJGraphT(TestGraphs.gnp(120, 0.05, seed));
        checkAgainstJGraphT(TestGraphs.gnp(80, 0.02, seed)); // sparse: several components
        checkAgainstJGraphT(TestGraphs.barabasiAlbert(3, 2, 150, seed));
    }

    private static void checkAgainstJGraphT(Graph<Integer, DefaultEdge> graph) {
        TestGraphs.Converted converted = TestGraphs.toCsr(graph);
        // JGraphT: raw values for undirected graphs are halved, i.e. the same convention
        Map<Integer, Double> theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(graph, false).getScores();
        assertClose(exact(converted.csr()), converted.inNodeOrder(theirs), EXACT);
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void weightedEqualsJGraphTWithTiesAndWithoutTies(long seed) {
        for (TestGraphs.WeightDraw draw : new TestGraphs.WeightDraw[] {TestGraphs.WeightDraw.SMALL_INTEGERS,
                TestGraphs.WeightDraw.CONTINUOUS}) {
            Graph<Integer, DefaultWeightedEdge> graph = TestGraphs.weightedGnp(100, 0.06, seed, draw);
            TestGraphs.Converted converted = TestGraphs.toCsr(graph);
            Map<Integer, Double> theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(graph, false)
                    .getScores();
            assertClose(exactWeighted(converted.csr()), converted.inNodeOrder(theirs), EXACT);
        }
    }

    @Test
    void weightedWithUnitWeightsEqualsUnweighted() {
        CsrGraph graph = TestGraphs.toCsr(TestGraphs.barabasiAlbert(3, 3, 200, 9)).csr();
        assertClose(exactWeighted(graph), exact(graph), 1e-12);
    }

    @Test
    void sampleOfAllNodesEqualsExact() {
        CsrGraph graph = TestGraphs.toCsr(TestGraphs.barabasiAlbert(3, 2, 200, 7)).csr();
        NodeScores sampled = new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(200, 1), 2)
                .compute(graph);
        NodeScores oversampled = new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(500, 1), 2)
                .compute(graph);
        assertThat(sampled.exact()).isTrue();
        assertThat(sampled.scores()).containsExactly(exact(graph));
        assertThat(oversampled.scores()).containsExactly(exact(graph));
    }

    @Test
    void sampledEstimateIsReproducibleWithASeedAndSaysHowItWasMade() {
        CsrGraph graph = TestGraphs.toCsr(TestGraphs.barabasiAlbert(3, 2, 300, 11)).csr();
        NodeScores first = new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(40, 42), 2)
                .compute(graph);
        NodeScores again = new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(40, 42), 3)
                .compute(graph);
        NodeScores otherSeed = new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(40, 43), 2)
                .compute(graph);
        assertThat(first.scores()).containsExactly(again.scores());
        assertThat(first.scores()).isNotEqualTo(otherSeed.scores());
        assertThat(first.exact()).isFalse();
        assertThat(first.note()).startsWith("sampled 40 of 300 sources (BFS), seed 42").contains("Hoeffding");
    }

    @Test
    void sampledEstimateIsUnbiasedAndWithinTheStatedBound() {
        int n = 300;
        int k = 30;
        CsrGraph graph = TestGraphs.toCsr(TestGraphs.barabasiAlbert(3, 2, n, 13)).csr();
        double[] truth = exact(graph);
        double bound = BetweennessCentrality.errorBound(n, k, BetweennessCentrality.ERROR_BOUND_FAILURE_PROBABILITY);
        int seeds = 40;
        double[] mean = new double[n];
        int outside = 0;
        double meanAbsoluteError = 0.0;
        for (long seed = 0; seed < seeds; seed++) {
            double[] estimate = new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.sample(k, seed), 2)
                    .compute(graph).scores();
            for (int v = 0; v < n; v++) {
                mean[v] += estimate[v] / seeds;
                double error = Math.abs(estimate[v] - truth[v]);
                meanAbsoluteError += error / (n * seeds);
                if (error > bound) {
                    outside++;
                }
            }
        }
        assertThat(meanAbsoluteError).isLessThan(bound);
        // the bound holds per node with probability >= 95%
        assertThat(outside).isLessThanOrEqualTo((int) (0.05 * n * seeds));
        // the average over 40 seeds is much closer to the truth for the top broker
        int top = 0;
        for (int v = 1; v < n; v++) {
            if (truth[v] > truth[top]) {
                top = v;
            }
        }
        assertThat(Math.abs(mean[top] - truth[top]) / truth[top]).isLessThan(0.1);
    }

    @Test
    void errorBoundFollowsHoeffding() {
        // n(n-2)/2 * sqrt(ln(2/0.05) / (2k))
        assertThat(BetweennessCentrality.errorBound(1000, 256, 0.05))
                .isCloseTo(1000.0 * 998 / 2 * Math.sqrt(Math.log(40) / 512), within(1e-6));
        assertThat(BetweennessCentrality.errorBound(100, 100, 0.05)).isZero();
        assertThatThrownBy(() -> BetweennessCentrality.errorBound(100, 10, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failure probability must be in (0, 1), got 1.0");
    }

    /**
     * The unweighted kernel expands large BFS levels in node order and small ones in discovery
     * order, and keeps levels modulo 3: a graph with a dense random part (large levels), a
     * 300-node tail (hundreds of one-node levels), a separate component, isolated nodes, and
     * repeated edges and self-loops in the input, with and without the renumbering. JGraphT
     * takes seconds per run on graphs this size, so the reference is the textbook algorithm
     * ({@link #textbookBrandes}); the JGraphT comparisons above cover smaller graphs.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void levelOrderKernelEqualsTheTextbookAlgorithmOnMixedGraphs(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int n = 2000;
        org.kyosei.analytics.graph.CsrGraphBuilder builder = CsrGraph.builder(n);
        for (int v = 1; v < 1200; v++) {
            for (int i = 0; i < 3; i++) {
                builder.addEdge(v, random.nextInt(v)); // repeats possible: merged by the builder
            }
            if (v % 97 == 0) {
                builder.addEdge(v, v); // dropped by the builder
                builder.addEdge(v, v - 1);
                builder.addEdge(v - 1, v);
            }
        }
        for (int v = 1200; v < 1500; v++) {
            builder.addEdge(v == 1200 ? 0 : v - 1, v);
        }
        for (int v = 1500; v < 1900; v++) {
            builder.addEdge(v, v == 1899 ? 1500 : v + 1);
            builder.addEdge(v, 1500 + random.nextInt(400));
        }
        CsrGraph graph = builder.build(EdgeAggregation.MAX);
        double[] expected = textbookBrandes(graph);
        for (int relabelMinNodes : new int[] {0, Integer.MAX_VALUE}) {
            double[] one = new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), 1, relabelMinNodes)
                    .compute(graph).scores();
            double[] two = new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), 2, relabelMinNodes)
                    .compute(graph).scores();
            assertClose(one, expected, EXACT);
            assertThat(two).containsExactly(one);
            assertThat(Arrays.copyOfRange(one, 1900, n)).containsOnly(0.0);
        }
    }

    /**
     * Brandes (2001) as printed: BFS with a queue, predecessor lists, dependencies pushed to
     * predecessors in stack order; raw values, halved for undirected pairs.
     */
    private static double[] textbookBrandes(CsrGraph graph) {
        int n = graph.nodeCount();
        double[] betweenness = new double[n];
        for (int s = 0; s < n; s++) {
            java.util.List<java.util.List<Integer>> predecessors = new java.util.ArrayList<>();
            for (int v = 0; v < n; v++) {
                predecessors.add(new java.util.ArrayList<>());
            }
            double[] sigma = new double[n];
            int[] distance = new int[n];
            Arrays.fill(distance, -1);
            sigma[s] = 1;
            distance[s] = 0;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack.push(v);
                for (int e = graph.firstEdge(v); e < graph.endEdge(v); e++) {
                    int w = graph.targets()[e];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1) {
                        sigma[w] += sigma[v];
                        predecessors.get(w).add(v);
                    }
                }
            }
            double[] delta = new double[n];
            while (!stack.isEmpty()) {
                int w = stack.pop();
                for (int v : predecessors.get(w)) {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    betweenness[w] += delta[w];
                }
            }
        }
        for (int v = 0; v < n; v++) {
            betweenness[v] /= 2;
        }
        return betweenness;
    }

    @Test
    void resultsAreIdenticalAtConcurrencyOneAndFour() {
        CsrGraph graph = TestGraphs.toCsr(TestGraphs.barabasiAlbert(4, 3, 1500, 17)).csr();
        for (Weighting weighting : Weighting.values()) {
            for (SourceSelection sources : new SourceSelection[] {SourceSelection.all(),
                    SourceSelection.sample(300, 5)}) {
                double[] one = new BetweennessCentrality(weighting, sources, 1).compute(graph).scores();
                double[] four = new BetweennessCentrality(weighting, sources, 4).compute(graph).scores();
                assertThat(four).as("%s %s", weighting, sources).containsExactly(one);
            }
        }
    }

    @Test
    void weightedRejectsNonPositiveWeightsNamingTheEdge() {
        CsrGraph graph = CsrGraph.builder(3).addEdge(0, 1, 2.0).addEdge(1, 2, 0.0).build(EdgeAggregation.MAX);
        BetweennessCentrality algorithm = new BetweennessCentrality(Weighting.WEIGHTED, SourceSelection.all(), 1);
        assertThatThrownBy(() -> algorithm.compute(graph))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weighted betweenness needs finite weights > 0 (edge lengths); edge {1, 2} has weight 0.0");
    }

    @Test
    void invalidParametersAreRejectedWithPreciseMessages() {
        assertThatThrownBy(() -> new BetweennessCentrality(Weighting.UNWEIGHTED, SourceSelection.all(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concurrency must be >= 1, got 0");
        assertThatThrownBy(() -> SourceSelection.sample(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sample size must be >= 1, got 0");
        assertThatThrownBy(() -> new BetweennessCentrality(null, SourceSelection.all(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weighting must not be null");
        assertThatThrownBy(() -> new BetweennessCentrality(Weighting.WEIGHTED, null, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sources must not be null");
        assertThatThrownBy(() -> new BetweennessCentrality().compute(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("graph must not be null");
    }

    @Test
    void sourceSelectionPolicyFollowsGraphSize() {
        assertThat(SourceSelection.forGraphSize(50_000, 50_000, 256, 1)).isEqualTo(SourceSelection.all());
        assertThat(SourceSelection.forGraphSize(50_001, 50_000, 256, 1)).isEqualTo(SourceSelection.sample(256, 1));
        int[] drawn = SourceSelection.sample(10, 3).sources(1000);
        assertThat(drawn).hasSize(10).isSorted().doesNotHaveDuplicates();
        assertThat(drawn).containsExactly(SourceSelection.sample(10, 3).sources(1000));
    }
}
