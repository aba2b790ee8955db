package org.kyosei.analytics.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;
import org.kyosei.analytics.structure.GraphFixtures;

class ModularityTest {

    static final CsrGraph TWO_TRIANGLES = GraphFixtures.of(6, new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2},
            new int[] {3, 4}, new int[] {4, 5}, new int[] {3, 5}, new int[] {2, 3});

    @Test
    void graphWithoutEdgesHasModularityZero() {
        assertThat(Modularity.of(GraphFixtures.empty(), new int[0])).isZero();
        assertThat(Modularity.of(GraphFixtures.single(), new int[] {0})).isZero();
        assertThat(Modularity.of(CsrGraph.builder(3).build(EdgeAggregation.MAX), new int[] {0, 1, 2})).isZero();
    }

    @Test
    void k2TogetherAndApart() {
        assertThat(Modularity.of(GraphFixtures.k2(), new int[] {0, 0})).isCloseTo(0.0, within(1e-12));
        assertThat(Modularity.of(GraphFixtures.k2(), new int[] {0, 1})).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void twoTrianglesJoinedByAnEdge() {
        // Each triangle: L = 3 of m = 7, degree sum 7 of 2m = 14: Q = 2 (3/7 - 1/4) = 5/14.
        assertThat(Modularity.of(TWO_TRIANGLES, new int[] {0, 0, 0, 1, 1, 1})).isCloseTo(5.0 / 14, within(1e-12));
    }

    @Test
    void labelsMayBeAnyInts() {
        assertThat(Modularity.of(TWO_TRIANGLES, new int[] {-7, -7, -7, 1_000_000, 1_000_000, 1_000_000}))
                .isCloseTo(5.0 / 14, within(1e-12));
    }

    @Test
    void resolutionScalesTheNullModel() {
        int[] partition = {0, 0, 0, 1, 1, 1};
        assertThat(Modularity.of(TWO_TRIANGLES, partition, 0.0, false)).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(Modularity.of(TWO_TRIANGLES, partition, 2.0, false)).isCloseTo(6.0 / 7 - 1.0, within(1e-12));
    }

    @Test
    void weightedModularityUsesWeights() {
        // Path 0 -(3)- 1 -(1)- 2: m = 4, strengths 3, 4, 1; {0,1},{2}: L = 3 and 0, D = 7 and 1:
        // Q = 3/4 - (7/8)^2 - (1/8)^2 = -1/32; unweighted: 1/2 - (3/4)^2 - (1/4)^2 = -1/8.
        CsrGraph g = CsrGraph.builder(3).addEdge(0, 1, 3).addEdge(1, 2, 1).build(EdgeAggregation.MAX);
        assertThat(Modularity.of(g, new int[] {0, 0, 1}, 1.0, true)).isCloseTo(-1.0 / 32, within(1e-12));
        assertThat(Modularity.of(g, new int[] {0, 0, 1})).isCloseTo(-1.0 / 8, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void matchesJGraphTModularityMeasurerOnRandomPartitions(long seed) {
        CsrGraph g = GraphFixtures.gnp(200, 0.05, seed);
        Random random = new Random(seed);
        int[] partition = new int[g.nodeCount()];
        for (int v = 0; v < partition.length; v++) {
            partition[v] = random.nextInt(5);
        }
        Graph<Integer, Integer> j = g.asJGraphT();
        List<Set<Integer>> clusters = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            clusters.add(new HashSet<>());
        }
        for (int v = 0; v < partition.length; v++) {
            clusters.get(partition[v]).add(v);
        }
        clusters.removeIf(Set::isEmpty);
        double expected = new UndirectedModularityMeasurer<>(j).modularity(clusters);
        assertThat(Modularity.of(g, partition)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void invalidArgumentsAreNamed() {
        assertThatThrownBy(() -> Modularity.of(TWO_TRIANGLES, new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partition has 2 labels for a graph of 6 nodes");
        assertThatThrownBy(() -> Modularity.of(TWO_TRIANGLES, new int[6], -1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolution must be finite and >= 0, got -1.0");
        CsrGraph negative = CsrGraph.builder(2).addEdge(0, 1, -2).build(EdgeAggregation.MAX);
        assertThatThrownBy(() -> Modularity.of(negative, new int[2], 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge weight must be finite and >= 0, got -2.0 on edge {0, 1}");
    }

    @Test
    void renumberingIsByFirstAppearance() {
        assertThat(Partitions.renumberByFirstAppearance(new int[] {5, 5, 2, 9, 2, 5})).containsExactly(0, 0, 1, 2, 1, 0);
        assertThat(Partitions.renumberByFirstAppearance(new int[] {-3, 40, -3})).containsExactly(0, 1, 0);
    }
}
