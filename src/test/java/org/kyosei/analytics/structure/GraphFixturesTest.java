package org.kyosei.analytics.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.alg.isomorphism.VF2GraphIsomorphismInspector;
import org.junit.jupiter.api.Test;
import org.kyosei.analytics.graph.CsrGraph;

class GraphFixturesTest {

    @Test
    void karateEdgeListIsJGraphTsKarateClub() {
        CsrGraph ours = GraphFixtures.karate();
        CsrGraph jgrapht = GraphFixtures.karateFromJGraphT();
        assertThat(ours.nodeCount()).isEqualTo(34);
        assertThat(ours.edgeCount()).isEqualTo(78);
        assertThat(new VF2GraphIsomorphismInspector<>(GraphFixtures.toSimpleJGraphT(ours),
                GraphFixtures.toSimpleJGraphT(jgrapht)).isomorphismExists())
                .isTrue();
    }
}
