package org.kyosei.analytics.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;
import org.kyosei.analytics.structure.GraphFixtures;

class BurtStructuralHolesTest {

    private static final double TOLERANCE = 1e-9;

    /** NetworkX 3.6.1 {@code nx.constraint(nx.karate_club_graph())}, nodes 0..33. */
    private static final double[] KARATE_CONSTRAINT = {
        0.155423297647, 0.279535108025, 0.18517663966, 0.396659647205, 0.529417438272, 0.477484809028,
        0.477484809028, 0.442711588542, 0.303600713668, 0.5, 0.529417438272, 1.0, 0.622504340278,
        0.323335416667, 0.573679594387, 0.573679594387, 0.78125, 0.590868537809, 0.573679594387,
        0.373719350137, 0.573679594387, 0.590868537809, 0.573679594387, 0.305823721646, 0.45987654321,
        0.45987654321, 0.670901816609, 0.285069204152, 0.386913153061, 0.449409001346, 0.34600646386,
        0.244575403691, 0.249223362275, 0.156418685121};

    /** NetworkX 3.6.1 {@code nx.effective_size(nx.karate_club_graph())}, nodes 0..33. */
    private static final double[] KARATE_EFFECTIVE_SIZE = {
        13.75, 6.333333333333, 7.8, 2.666666666667, 1.666666666667, 2.5, 2.5, 1.0, 3.0, 2.0, 1.666666666667,
        1.0, 1.0, 2.6, 1.0, 1.0, 1.0, 1.0, 1.0, 2.333333333333, 1.0, 1.0, 1.0, 3.4, 2.333333333333,
        2.333333333333, 1.0, 3.5, 2.333333333333, 2.0, 2.5, 5.0, 9.833333333333, 15.235294117647};

    private final StructuralHoles holes = new BurtStructuralHoles(false, 1);

    @Test
    void emptyGraph() {
        StructuralHoleScores s = holes.compute(GraphFixtures.empty());
        assertThat(s.nodeCount()).isZero();
    }

    @Test
    void isolatedNodeHasNaNConstraintAndZeroEffectiveSize() {
        StructuralHoleScores s = holes.compute(GraphFixtures.single());
        assertThat(s.constraint()[0]).isNaN();
        assertThat(s.effectiveSize()[0]).isZero();
    }

    @Test
    void k2IsFullyConstrained() {
        StructuralHoleScores s = holes.compute(GraphFixtures.k2());
        assertThat(s.constraint()).containsExactly(1.0, 1.0);
        assertThat(s.effectiveSize()).containsExactly(1.0, 1.0);
    }

    @Test
    void starCentreSpansHoles() {
        StructuralHoleScores s = holes.compute(GraphFixtures.star(3));
        assertThat(s.constraint()[0]).isCloseTo(1.0 / 3, within(TOLERANCE));
        assertThat(s.effectiveSize()[0]).isCloseTo(3.0, within(TOLERANCE));
        assertThat(s.constraint()[1]).isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void triangleIsRedundant() {
        // p = 1/2 to each; indirect 1/2 * 1/2: c = 2 * (3/4)^2 = 9/8; E = 2 - 2 * 1 / 2 = 1.
        StructuralHoleScores s = holes.compute(GraphFixtures.cycle(3));
        for (int v = 0; v < 3; v++) {
            assertThat(s.constraint()[v]).isCloseTo(9.0 / 8, within(TOLERANCE));
            assertThat(s.effectiveSize()[v]).isCloseTo(1.0, within(TOLERANCE));
        }
    }

    @Test
    void pathAndDisconnected() {
        StructuralHoleScores path = holes.compute(GraphFixtures.path(4));
        assertThat(path.constraint()[1]).isCloseTo(0.5, within(TOLERANCE));
        assertThat(path.effectiveSize()[1]).isCloseTo(2.0, within(TOLERANCE));
        StructuralHoleScores d = holes.compute(GraphFixtures.disconnected());
        assertThat(d.constraint()[5]).isNaN();
        assertThat(d.constraint()[3]).isEqualTo(1.0);
    }

    @Test
    void karateClubMatchesNetworkX() {
        StructuralHoleScores s = holes.compute(GraphFixtures.karate());
        for (int v = 0; v < 34; v++) {
            assertThat(s.constraint()[v]).as("constraint of %d", v).isCloseTo(KARATE_CONSTRAINT[v], within(1e-9));
            assertThat(s.effectiveSize()[v]).as("effective size of %d", v)
                    .isCloseTo(KARATE_EFFECTIVE_SIZE[v], within(1e-9));
        }
    }

    @Test
    void weightedMatchesNetworkX() {
        // nx.Graph with weighted edges (0,1,2) (1,2,1) (0,2,3) (2,3,0.5) (3,4,4) (1,4,1.5):
        // nx.constraint(G, weight="weight") and nx.effective_size(G, nodes=list(G), weight="weight").
        // Note: NetworkX 3.6.1's vectorised branch (nodes=None with SciPy installed) divides the
        // marginal strength by the max of q's ties instead of j's and gives 1.6 and 2.333 for
        // nodes 0 and 2; its per-node branch, used here, follows Burt's formula.
        CsrGraph g = CsrGraph.builder(5).addEdge(0, 1, 2).addEdge(1, 2, 1).addEdge(0, 2, 3).addEdge(2, 3, 0.5)
                .addEdge(3, 4, 4).addEdge(1, 4, 1.5).build(EdgeAggregation.MAX);
        StructuralHoleScores s = new BurtStructuralHoles(true, 1).compute(g);
        assertThat(s.constraint()).containsExactly(new double[] {0.7590123456790125, 0.7012894375857339,
            0.8372443225118121, 0.8024691358024691, 0.6033057851239669}, within(1e-12));
        assertThat(s.effectiveSize()).containsExactly(new double[] {1.5666666666666667, 2.3333333333333335,
            2.185185185185185, 2.0, 2.0}, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void matchesAStraightforwardReferenceOnRandomGraphs(boolean weighted) {
        for (long seed = 1; seed <= 3; seed++) {
            CsrGraph g = GraphFixtures.weightedGnp(150, 0.06, seed);
            StructuralHoleScores s = new BurtStructuralHoles(weighted, 1).compute(g);
            double[][] expected = reference(g, weighted);
            for (int v = 0; v < g.nodeCount(); v++) {
                if (g.degree(v) == 0) {
                    assertThat(s.constraint()[v]).isNaN();
                    continue;
                }
                assertThat(s.constraint()[v]).isCloseTo(expected[0][v], within(1e-9));
                assertThat(s.effectiveSize()[v]).isCloseTo(expected[1][v], within(1e-9));
            }
        }
    }

    @Test
    void parallelEqualsSequential() {
        CsrGraph g = GraphFixtures.weightedGnp(2000, 0.005, 7);
        StructuralHoleScores one = new BurtStructuralHoles(true, 1).compute(g);
        StructuralHoleScores four = new BurtStructuralHoles(true, 4).compute(g);
        assertThat(four.constraint()).isEqualTo(one.constraint());
        assertThat(four.effectiveSize()).isEqualTo(one.effectiveSize());
    }

    @Test
    void hubNeighboursUseTheBinarySearchPath() {
        // A star whose leaves are joined in pairs: the leaves' lists are shorter than the hub's,
        // so each leaf looks up common neighbours in the hub's list by binary search.
        int leaves = 40;
        var b = CsrGraph.builder(leaves + 1);
        for (int v = 1; v <= leaves; v++) {
            b.addEdge(0, v);
        }
        for (int v = 1; v < leaves; v += 2) {
            b.addEdge(v, v + 1);
        }
        CsrGraph g = b.build(EdgeAggregation.MAX);
        StructuralHoleScores s = holes.compute(g);
        double[][] expected = reference(g, false);
        for (int v = 0; v <= leaves; v++) {
            assertThat(s.constraint()[v]).isCloseTo(expected[0][v], within(1e-12));
            assertThat(s.effectiveSize()[v]).isCloseTo(expected[1][v], within(1e-12));
        }
    }

    @Test
    void weightedModeNeedsPositiveWeights() {
        CsrGraph g = CsrGraph.builder(2).addEdge(0, 1, 0).build(EdgeAggregation.MAX);
        assertThatThrownBy(() -> new BurtStructuralHoles(true, 1).compute(g))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge weight must be finite and > 0 for weighted structural holes, got 0.0 on edge {0, 1}");
        assertThatThrownBy(() -> new BurtStructuralHoles(true, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concurrency must be >= 1, got 0");
    }

    /** Burt's formulas written out directly over maps (as NetworkX does). */
    static double[][] reference(CsrGraph g, boolean weighted) {
        int n = g.nodeCount();
        java.util.List<Map<Integer, Double>> w = new java.util.ArrayList<>();
        for (int u = 0; u < n; u++) {
            Map<Integer, Double> m = new HashMap<>();
            for (int e = g.firstEdge(u); e < g.endEdge(u); e++) {
                m.put(g.targets()[e], weighted ? g.weights()[e] : 1.0);
            }
            w.add(m);
        }
        double[] constraint = new double[n];
        double[] effective = new double[n];
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> ni = w.get(i);
            for (int j : ni.keySet()) {
                double indirect = 0;
                double redundancy = 0;
                for (int q : ni.keySet()) {
                    if (q == j) {
                        continue;
                    }
                    indirect += p(w, i, q) * p(w, q, j);
                    double maxJ = w.get(j).values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                    redundancy += p(w, i, q) * w.get(j).getOrDefault(q, 0.0) / maxJ;
                }
                double local = p(w, i, j) + indirect;
                constraint[i] += local * local;
                effective[i] += 1 - redundancy;
            }
        }
        return new double[][] {constraint, effective};
    }

    /** p_ij = (w_ij + w_ji) / sum_k (w_ik + w_ki). */
    private static double p(java.util.List<Map<Integer, Double>> w, int i, int j) {
        double sum = 0;
        for (double x : w.get(i).values()) {
            sum += 2 * x;
        }
        return 2 * w.get(i).getOrDefault(j, 0.0) / sum;
    }
}
