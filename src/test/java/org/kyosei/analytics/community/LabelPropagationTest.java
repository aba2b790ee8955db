package org.kyosei.analytics.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.bench.PlantedPartitionGenerator;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;
import org.kyosei.analytics.structure.GraphFixtures;

class LabelPropagationTest {

    private final CommunityDetection propagation = new LabelPropagation(3);

    @Test
    void emptyAndSingle() {
        assertThat(propagation.detect(GraphFixtures.empty()).count()).isZero();
        Communities single = propagation.detect(GraphFixtures.single());
        assertThat(single.labels()).containsExactly(0);
        assertThat(single.count()).isEqualTo(1);
    }

    @Test
    void k2StarAndCliqueConvergeToOneLabel() {
        for (CsrGraph g : new CsrGraph[] {GraphFixtures.k2(), GraphFixtures.star(8), GraphFixtures.of(4,
                new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}, new int[] {1, 2}, new int[] {1, 3},
                new int[] {2, 3})}) {
            assertThat(propagation.detect(g).count()).isEqualTo(1);
        }
    }

    @Test
    void pathAndCycleEndWithEveryNodeHoldingAMajorityLabel() {
        for (CsrGraph g : new CsrGraph[] {GraphFixtures.path(20), GraphFixtures.cycle(20)}) {
            int[] labels = propagation.detect(g).labels();
            assertHoldsAMostFrequentLabel(g, labels);
        }
    }

    @Test
    void disconnectedPartsAreSeparate() {
        assertThat(propagation.detect(GraphFixtures.disconnected()).labels()).containsExactly(0, 0, 0, 1, 1, 2);
    }

    @Test
    void twoCliquesJoinedByOneEdge() {
        assertThat(propagation.detect(LouvainTest.twoCliques(6)).labels())
                .containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsPlantedCommunities(long seed) {
        GraphFixtures.Planted planted = GraphFixtures.plantedPartition(8, 40, 0.5, 0.005, seed);
        Communities c = new LabelPropagation(seed).detect(planted.graph());
        assertThat(PartitionComparison.nmi(c.labels(), planted.groups())).isGreaterThan(0.95);
        assertThat(c.modularity()).isCloseTo(Modularity.of(planted.graph(), c.labels()), within(1e-12));
        assertHoldsAMostFrequentLabel(planted.graph(), c.labels());
    }

    @Test
    void karateClubEndsWithEveryNodeHoldingAMajorityLabel() {
        Communities c = propagation.detect(GraphFixtures.karate());
        assertThat(c.count()).isBetween(1, 6);
        assertHoldsAMostFrequentLabel(GraphFixtures.karate(), c.labels());
    }

    @Test
    void resultDoesNotDependOnConcurrency() {
        // Large enough for colour classes above LabelPropagation.PARALLEL_CLASS_MIN.
        CsrGraph g = new PlantedPartitionGenerator(60_000, 50, 180_000, 0.9, 9).generate();
        int[] sequential = new LabelPropagation(5, 100, false, 1).detect(g).labels();
        int[] parallel = new LabelPropagation(5, 100, false, 4).detect(g).labels();
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void findsPlantedCommunitiesInALargerGraph() {
        PlantedPartitionGenerator generator = new PlantedPartitionGenerator(20_000, 50, 150_000, 0.95, 4);
        Communities c = propagation.detect(generator.generate());
        assertThat(PartitionComparison.nmi(c.labels(), generator.groups())).isGreaterThan(0.9);
    }

    @Test
    void sameSeedSameLabels() {
        CsrGraph g = GraphFixtures.gnp(500, 0.01, 2);
        assertThat(new LabelPropagation(8).detect(g).labels()).isEqualTo(new LabelPropagation(8).detect(g).labels());
    }

    @Test
    void weightsDecideTheMajority() {
        // Node 2 sits between 0-1 (tied together) and 3-4 (tied together); its heavier side wins.
        CsrGraph g = CsrGraph.builder(5).addEdge(0, 1, 5).addEdge(3, 4, 5).addEdge(2, 1, 1).addEdge(2, 3, 4)
                .build(EdgeAggregation.MAX);
        int[] labels = new LabelPropagation(1, 100, true, 1).detect(g).labels();
        assertThat(labels[2]).isEqualTo(labels[3]);
        assertThat(labels[2]).isNotEqualTo(labels[1]);
    }

    @Test
    void invalidParametersAreNamed() {
        assertThatThrownBy(() -> new LabelPropagation(1, 0, false, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxIterations must be >= 1, got 0");
        assertThatThrownBy(() -> new LabelPropagation(1, 10, false, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concurrency must be >= 1, got 0");
    }

    /** Raghavan et al.'s stopping condition: each node carries a label most frequent among its neighbours. */
    static void assertHoldsAMostFrequentLabel(CsrGraph g, int[] labels) {
        for (int v = 0; v < g.nodeCount(); v++) {
            if (g.degree(v) == 0) {
                continue;
            }
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
                counts.merge(labels[g.targets()[e]], 1, Integer::sum);
            }
            int best = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertThat(counts.getOrDefault(labels[v], 0)).as("node %d", v).isEqualTo(best);
        }
    }
}
