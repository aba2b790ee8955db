package org.kyosei.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.kyosei.store.Neo4jProjector;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;

/** The projection streams exactly the stored graph valid as of a date into CSR form. */
class Neo4jProjectorTest {
    @TempDir
    Path tmp;

    private Neo4jProjector projector;

    @BeforeEach
    void tinyGraph() {
        SharedNeo4j.emptied();
        assertThat(CliRun.external("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString()).exitCode()).isZero();
        projector = new Neo4jProjector(SharedNeo4j.driver());
    }

    private int node(Projection p, String id) {
        return p.ids().node(id).orElseThrow();
    }

    @Test
    void wholeGraphAsOfADateIsUndirectedAndSimple() {
        Projection p = projector.project(ProjectionSpec.wholeGraph(LocalDate.of(2026, 11, 1)));
        CsrGraph g = p.graph();
        assertThat(p.ids().size()).isEqualTo(15);
        assertThat(p.ids().id(0)).isEqualTo("ACC1");
        assertThat(p.ids().label(node(p, "C1"))).isEqualTo(NodeLabel.COMMUNITY);
        assertThat(p.relationshipsRead()).as("P4's membership ended in September").isEqualTo(20);
        assertThat(g.edgeCount()).as("the two ACC1->ACC2 transfers are one edge").isEqualTo(19);
        assertThat(g.hasEdge(node(p, "ACC2"), node(p, "ACC1"))).isTrue();
        assertThat(g.weight(node(p, "ACC1"), node(p, "ACC2"))).isEqualTo(1.0);
        assertThat(g.hasEdge(node(p, "P4"), node(p, "C2"))).isFalse();
        assertThat(p.bytesPerEdge()).isPositive();
    }

    @Test
    void earlierDateLeavesOutLaterTies() {
        Projection p = projector.project(ProjectionSpec.wholeGraph(LocalDate.of(2026, 3, 15)));
        assertThat(p.graph().hasEdge(node(p, "P4"), node(p, "C2"))).as("membership from March 1").isTrue();
        assertThat(p.graph().hasEdge(node(p, "P3"), node(p, "P5"))).as("contact from May").isFalse();
        assertThat(p.graph().hasEdge(node(p, "ACC1"), node(p, "ACC2"))).isFalse();
    }

    @Test
    void weightedProjectionSumsParallelRelationships() {
        Projection p = projector.project(ProjectionSpec.wholeGraph(LocalDate.of(2026, 11, 1)).weighted());
        assertThat(p.graph().weight(node(p, "ACC1"), node(p, "ACC2"))).isEqualTo(60000.0);
        assertThat(p.graph().weight(node(p, "B1"), node(p, "P1"))).isEqualTo(450000.0);
    }

    @Test
    void labelAndTypeSelectionKeepsOnlyThoseNodesAndEdges() {
        ProjectionSpec people = new ProjectionSpec(EnumSet.of(NodeLabel.INDIVIDUAL), EnumSet.of(RelationType.CONTACT, RelationType.MEMBER_OF),
                LocalDate.of(2026, 11, 1), Optional.empty(), EdgeAggregation.MAX);
        Projection p = projector.project(people);
        assertThat(p.ids().size()).isEqualTo(5);
        assertThat(p.graph().edgeCount()).as("memberships lead to communities, which are not projected").isEqualTo(1);
    }
}
