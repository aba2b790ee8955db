package org.kyosei.analytics.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.structure.GraphFixtures;

class TargetedRemovalSimulationTest {

    private final DisruptionSimulation sequential = new TargetedRemovalSimulation(new DegreeRanking(), RemovalMode.SEQUENTIAL);
    private final DisruptionSimulation block = new TargetedRemovalSimulation(new DegreeRanking(), RemovalMode.BLOCK);

    @Test
    void emptyGraphWithNoRemovals() {
        DisruptionResult r = sequential.simulate(GraphFixtures.empty(), 0);
        assertThat(r.nodeCount()).isZero();
        assertThat(r.initialLccSize()).isZero();
        assertThat(r.steps()).isEmpty();
    }

    @Test
    void singleNodeRemovedLeavesNothing() {
        DisruptionResult r = sequential.simulate(GraphFixtures.single(), 1);
        assertThat(r.initialLccSize()).isEqualTo(1);
        assertThat(r.steps()).containsExactly(new DisruptionStep(1, 0, 0, 0.0));
    }

    @Test
    void k2RemovesTheLowerIdOnATie() {
        DisruptionResult r = block.simulate(GraphFixtures.k2(), 2);
        assertThat(r.steps()).containsExactly(new DisruptionStep(1, 0, 1, 0.5), new DisruptionStep(2, 1, 0, 0.0));
    }

    @Test
    void removingTheStarCentreLeavesLccOne() {
        for (DisruptionSimulation simulation : new DisruptionSimulation[] {sequential, block}) {
            DisruptionResult r = simulation.simulate(GraphFixtures.star(5), 1);
            assertThat(r.initialLccSize()).isEqualTo(6);
            assertThat(r.steps()).containsExactly(new DisruptionStep(1, 0, 1, 1.0 / 6));
        }
    }

    @Test
    void pathBreaksInTheMiddleFirstOnlyWhenTheRankingSaysSo() {
        // Degrees on a path: inner nodes 2, ends 1; ties to lower id: node 1 goes first.
        DisruptionResult r = sequential.simulate(GraphFixtures.path(7), 2);
        assertThat(r.removedNodes()).containsExactly(1, 3);
        assertThat(r.steps()).extracting(DisruptionStep::lccSize).containsExactly(5, 3);
    }

    @Test
    void cycleSequentialAndBlockDiffer() {
        // All degrees 2. Block removes 0, 1, 2; sequential removes 0, then 2 (1 and 5 dropped to 1).
        assertThat(block.simulate(GraphFixtures.cycle(6), 3).removedNodes()).containsExactly(0, 1, 2);
        assertThat(sequential.simulate(GraphFixtures.cycle(6), 3).removedNodes()).containsExactly(0, 2, 4);
    }

    @Test
    void blockAndSequentialDifferOnACraftedGraph() {
        // Hub 0 (degree 4) with leaves 1..4, where 1 also holds leaves 5 and 6 (degree 3);
        // a separate star at 7 with leaves 8, 9, 10 (degree 3).
        CsrGraph g = GraphFixtures.of(11, new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}, new int[] {0, 4},
                new int[] {1, 5}, new int[] {1, 6}, new int[] {7, 8}, new int[] {7, 9}, new int[] {7, 10});
        DisruptionResult b = block.simulate(g, 2);
        DisruptionResult s = sequential.simulate(g, 2);
        // Block ranks once: 0 (4), then 1 and 7 tie at 3 -> 1. Sequential: after 0 goes, 1 has degree 2.
        assertThat(b.removedNodes()).containsExactly(0, 1);
        assertThat(s.removedNodes()).containsExactly(0, 7);
        assertThat(b.steps().get(1).lccSize()).isEqualTo(4);
        assertThat(s.steps().get(1).lccSize()).isEqualTo(3);
        assertThat(s.steps().get(1).lccFraction()).isEqualTo(3.0 / 11);
    }

    @Test
    void disconnectedGraphLcc() {
        DisruptionResult r = sequential.simulate(GraphFixtures.disconnected(), 1);
        assertThat(r.initialLccSize()).isEqualTo(3);
        assertThat(r.steps().get(0)).isEqualTo(new DisruptionStep(1, 0, 2, 2.0 / 6));
    }

    @Test
    void firstLccEqualsTheComponentSizeComputedIndependently() {
        CsrGraph karate = GraphFixtures.karate();
        DisruptionResult r = sequential.simulate(karate, 3);
        int first = r.steps().get(0).removedNode();
        assertThat(first).isEqualTo(33); // degree 17, the highest
        Graph<Integer, DefaultEdge> j = GraphFixtures.toSimpleJGraphT(karate);
        java.util.Set<Integer> kept = new java.util.HashSet<>(j.vertexSet());
        kept.remove(first);
        int expected = new ConnectivityInspector<>(new AsSubgraph<>(j, kept)).connectedSets().stream()
                .mapToInt(java.util.Set::size).max().orElse(0);
        assertThat(r.steps().get(0).lccSize()).isEqualTo(expected);
        assertThat(r.steps().get(0).lccFraction()).isEqualTo(expected / 34.0);
        assertThat(r.removedNodes()).doesNotHaveDuplicates();
    }

    @Test
    void everyStepMatchesAnIndependentLccOnRandomGraphs() {
        CsrGraph g = GraphFixtures.gnp(200, 0.02, 3);
        Graph<Integer, DefaultEdge> j = GraphFixtures.toSimpleJGraphT(g);
        for (RemovalMode mode : RemovalMode.values()) {
            DisruptionResult r = new TargetedRemovalSimulation(new DegreeRanking(), mode).simulate(g, 15);
            java.util.Set<Integer> kept = new java.util.HashSet<>(j.vertexSet());
            for (DisruptionStep step : r.steps()) {
                kept.remove(step.removedNode());
                int expected = new ConnectivityInspector<>(new AsSubgraph<>(j, kept)).connectedSets().stream()
                        .mapToInt(java.util.Set::size).max().orElse(0);
                assertThat(step.lccSize()).as("%s step %d", mode, step.step()).isEqualTo(expected);
            }
        }
    }

    @Test
    void rankingSeesACopyOfTheMaskAndWhatWasRemoved() {
        BitSet[] seen = new BitSet[1];
        NodeRanking spy = (graph, removed) -> {
            seen[0] = removed;
            removed.set(0, graph.nodeCount()); // must not affect the simulation
            return new double[graph.nodeCount()];
        };
        DisruptionResult r = new TargetedRemovalSimulation(spy, RemovalMode.SEQUENTIAL).simulate(GraphFixtures.path(4), 2);
        assertThat(r.removedNodes()).containsExactly(0, 1);
    }

    @Test
    void degreeRankingIgnoresRemovedNeighbours() {
        BitSet removed = new BitSet();
        removed.set(0);
        double[] scores = new DegreeRanking().score(GraphFixtures.star(3), removed);
        assertThat(scores).containsExactly(0, 0, 0, 0);
        assertThat(new DegreeRanking().score(GraphFixtures.star(3), new BitSet())).containsExactly(3, 1, 1, 1);
    }

    @Test
    void topKAgreesWithAFullSort() {
        Random random = new Random(4);
        double[] scores = new double[500];
        for (int v = 0; v < scores.length; v++) {
            scores[v] = random.nextInt(20);
        }
        BitSet removed = new BitSet();
        removed.set(10, 30);
        int[] expected = IntStream.range(0, scores.length).filter(v -> !removed.get(v)).boxed()
                .sorted(Comparator.<Integer>comparingDouble(v -> -scores[v]).thenComparing(v -> v))
                .limit(37).mapToInt(Integer::intValue).toArray();
        assertThat(TargetedRemovalSimulation.topK(scores, removed, 37)).containsExactly(expected);
    }

    @Test
    void invalidArgumentsAreNamed() {
        assertThatThrownBy(() -> sequential.simulate(GraphFixtures.path(3), 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("removals must be in 0..3 (the node count), got 4");
        assertThatThrownBy(() -> block.simulate(GraphFixtures.path(3), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("removals must be in 0..3 (the node count), got -1");
        NodeRanking shortRanking = new NodeRanking() {
            @Override
            public double[] score(CsrGraph graph, BitSet removed) {
                return new double[1];
            }

            @Override
            public String toString() {
                return "short";
            }
        };
        assertThatThrownBy(() -> new TargetedRemovalSimulation(shortRanking, RemovalMode.BLOCK)
                .simulate(GraphFixtures.path(3), 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ranking short returned 1 scores for a graph of 3 nodes");
        NodeRanking nan = (graph, removed) -> new double[] {0, Double.NaN, 0};
        assertThatThrownBy(() -> new TargetedRemovalSimulation(nan, RemovalMode.SEQUENTIAL).simulate(GraphFixtures.path(3), 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("returned NaN for node 1");
    }
}
