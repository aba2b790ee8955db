package org.kyosei.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kyosei.analytics.centrality.ScoreAssertions.assertClose;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;

/** The internal breadth-first renumbering gives the same scores under the graph's own ids. */
class AdjacencyTest {

    private static final int ALWAYS = 0;
    private static final int NEVER = Integer.MAX_VALUE;

    /** A weighted random graph with a few extra components and an isolated node. */
    private static CsrGraph graph() {
        CsrGraph base = TestGraphs.toCsr(TestGraphs.weightedGnp(600, 0.01, 31, TestGraphs.WeightDraw.SMALL_INTEGERS))
                .csr();
        var builder = CsrGraph.builder(610);
        for (int u = 0; u < 600; u++) {
            for (int e = base.firstEdge(u); e < base.endEdge(u); e++) {
                builder.addEdge(u, base.targets()[e], base.weights()[e]);
            }
        }
        builder.addEdge(600, 601, 2.0).addEdge(601, 602, 1.0).addEdge(603, 604, 3.0);
        return builder.build(EdgeAggregation.MAX);
    }

    @Test
    void renumberingIsAPermutationKeepingEveryEdgeAndWeight() {
        CsrGraph graph = graph();
        Adjacency adjacency = Adjacency.forTraversals(graph, true, ALWAYS);
        int n = graph.nodeCount();
        Set<Integer> seen = new HashSet<>();
        for (int v = 0; v < n; v++) {
            seen.add(adjacency.internalOf(v));
        }
        assertThat(seen).hasSize(n);
        assertThat(adjacency.targets()).hasSameSizeAs(graph.targets());
        for (int u = 0; u < n; u++) {
            int iu = adjacency.internalOf(u);
            assertThat(adjacency.offsets()[iu + 1] - adjacency.offsets()[iu]).isEqualTo(graph.degree(u));
            for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                int iv = adjacency.internalOf(graph.targets()[e]);
                boolean found = false;
                for (int f = adjacency.offsets()[iu]; f < adjacency.offsets()[iu + 1]; f++) {
                    if (adjacency.targets()[f] == iv) {
                        assertThat(adjacency.weights()[f]).isEqualTo(graph.weights()[e]);
                        found = true;
                    }
                }
                assertThat(found).isTrue();
            }
        }
        assertThat(Adjacency.forTraversals(graph, true, NEVER).internal()).isNull();
    }

    @Test
    void scoresDoNotDependOnTheInternalNumbering() {
        CsrGraph graph = graph();
        for (Weighting weighting : Weighting.values()) {
            for (SourceSelection sources : new SourceSelection[] {SourceSelection.all(),
                    SourceSelection.sample(50, 8)}) {
                assertClose(new BetweennessCentrality(weighting, sources, 2, ALWAYS).compute(graph).scores(),
                        new BetweennessCentrality(weighting, sources, 2, NEVER).compute(graph).scores(), 1e-9);
                assertClose(new HarmonicCentrality(weighting, sources, 2, ALWAYS).compute(graph).scores(),
                        new HarmonicCentrality(weighting, sources, 2, NEVER).compute(graph).scores(), 1e-12);
                assertClose(new ClosenessCentrality(weighting, sources, 2, ALWAYS).compute(graph).scores(),
                        new ClosenessCentrality(weighting, sources, 2, NEVER).compute(graph).scores(), 1e-12);
            }
        }
    }

    @Test
    void renumberedResultsAreIdenticalAtConcurrencyOneAndFour() {
        CsrGraph graph = graph();
        SourceSelection sample = SourceSelection.sample(40, 2);
        assertThat(new BetweennessCentrality(Weighting.UNWEIGHTED, sample, 4, ALWAYS).compute(graph).scores())
                .containsExactly(
                        new BetweennessCentrality(Weighting.UNWEIGHTED, sample, 1, ALWAYS).compute(graph).scores());
    }
}
