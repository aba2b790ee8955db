package org.kyosei.analytics.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;

class ConnectedComponentsTest {

    private final ConnectedComponents components = new BfsConnectedComponents();

    @Test
    void emptyGraphHasNoComponent() {
        Components c = components.compute(GraphFixtures.empty());
        assertThat(c.count()).isZero();
        assertThat(c.largest()).isEqualTo(Components.NONE);
        assertThat(c.largestSize()).isZero();
    }

    @Test
    void singleNodeIsOneComponent() {
        Components c = components.compute(GraphFixtures.single());
        assertThat(c.labels()).containsExactly(0);
        assertThat(c.sizes()).containsExactly(1);
        assertThat(c.largest()).isZero();
    }

    @Test
    void k2PathStarAndCycleAreConnected() {
        for (CsrGraph g : new CsrGraph[] {GraphFixtures.k2(), GraphFixtures.path(7), GraphFixtures.star(5),
                GraphFixtures.cycle(6)}) {
            Components c = components.compute(g);
            assertThat(c.count()).isEqualTo(1);
            assertThat(c.largestSize()).isEqualTo(g.nodeCount());
        }
    }

    @Test
    void disconnectedGraphIsNumberedBySmallestNode() {
        Components c = components.compute(GraphFixtures.disconnected());
        assertThat(c.labels()).containsExactly(0, 0, 0, 1, 1, 2);
        assertThat(c.sizes()).containsExactly(3, 2, 1);
        assertThat(c.largest()).isZero();
        assertThat(c.members(1)).containsExactly(3, 4);
    }

    @Test
    void largestTieGoesToLowerLabel() {
        Components c = components.compute(GraphFixtures.of(4, new int[] {0, 1}, new int[] {2, 3}));
        assertThat(c.largest()).isZero();
    }

    @Test
    void removedNodesSplitTheGraph() {
        BitSet removed = new BitSet();
        removed.set(3);
        Components c = components.compute(GraphFixtures.path(7), removed);
        assertThat(c.labels()).containsExactly(0, 0, 0, Components.REMOVED, 1, 1, 1);
        assertThat(c.sizes()).containsExactly(3, 3);
    }

    @Test
    void allRemovedLeavesNoComponent() {
        BitSet removed = new BitSet();
        removed.set(0, 3);
        Components c = components.compute(GraphFixtures.path(3), removed);
        assertThat(c.count()).isZero();
        assertThat(c.largestSize()).isZero();
    }

    @Test
    void karateClubIsConnected() {
        Components c = components.compute(GraphFixtures.karate());
        assertThat(c.count()).isEqualTo(1);
        assertThat(c.largestSize()).isEqualTo(34);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void matchesJGraphTConnectivityInspectorOnRandomGraphs(long seed) {
        CsrGraph g = GraphFixtures.gnp(300, 1.2 / 300, seed);
        Components c = components.compute(g);
        Graph<Integer, Integer> j = g.asJGraphT();
        Set<Set<Integer>> expected = new HashSet<>(new ConnectivityInspector<>(j).connectedSets());
        Set<Set<Integer>> actual = new HashSet<>();
        for (int k = 0; k < c.count(); k++) {
            actual.add(java.util.Arrays.stream(c.members(k)).boxed().collect(Collectors.toSet()));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(c.largestSize()).isEqualTo(expected.stream().mapToInt(Set::size).max().orElse(0));
    }

    @Test
    void maskOutsideTheGraphIsRejected() {
        BitSet removed = new BitSet();
        removed.set(9);
        assertThatThrownBy(() -> components.compute(GraphFixtures.path(3), removed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("removed node 9 is outside nodes 0..2");
    }

    @Test
    void unknownComponentIsRejected() {
        Components c = components.compute(GraphFixtures.path(3));
        assertThatThrownBy(() -> c.members(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("component must be in 0..0, got 1");
    }
}
