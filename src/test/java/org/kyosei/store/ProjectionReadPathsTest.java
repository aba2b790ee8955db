package org.kyosei.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.graph.EdgeAggregation;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.kyosei.projection.Projection;
import org.kyosei.projection.ProjectionSpec;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Every way the projector can read relationships (the embedded server's procedure, the Cypher read by
 * relationship id that external servers get, the read by start node for stores whose relationship ids are too
 * sparse) gives the graph a plain Cypher query describes, however the ids fall into chunks and sessions, including
 * across gaps that deleted relationships leave in the ids.
 */
class ProjectionReadPathsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @TempDir
    Path tmp;

    @BeforeEach
    void tinyGraphWithGapsInTheRelationshipIds() {
        SharedNeo4j.emptied();
        assertThat(CliRun.external("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString()).exitCode()).isZero();
        try (Session session = SharedNeo4j.driver().session()) {
            // Relationships created and then deleted leave ids unused below ties created after them.
            for (int round = 0; round < 3; round++) {
                session.run("""
                        MATCH (a:Entity {id: 'P3'}), (b:Entity {id: 'P4'})
                        UNWIND range(1, 40) AS i CREATE (a)-[:CONTACT {since: date('2020-01-01'), until: date('9999-12-31')}]->(b)
                        """).consume();
                session.run("""
                        MATCH (a:Entity {id: 'P' + $a}), (b:Entity {id: 'P' + $b})
                        CREATE (a)-[:CONTACT {since: date('2026-02-01'), until: date('9999-12-31'), weight: 2.5}]->(b)
                        """, Map.of("a", round + 1, "b", round + 3)).consume();
                session.run("MATCH (:Entity {id: 'P3'})-[r:CONTACT]->(:Entity {id: 'P4'}) WHERE r.since = date('2020-01-01') DELETE r")
                        .consume();
            }
        }
    }

    @Test
    void everyReadPathGivesTheGraphCypherDescribes() {
        long relationships;
        long highestId;
        try (Session session = SharedNeo4j.driver().session()) {
            Record ids = session.run("MATCH ()-[r]->() RETURN count(r), max(id(r))").single();
            relationships = ids.get(0).asLong();
            highestId = ids.get(1).asLong();
        }
        assertThat(highestId).as("the deleted relationships leave a gap in the ids").isGreaterThan(4 * relationships + 3);
        // Chunks of 1 and 3 ids: the ids are too sparse for them, so they read by start node. The next size reads
        // by id past the count, up to the highest id. A million ids hold every relationship in one chunk.
        long pastTheCount = highestId - relationships - relationships / 8;
        assertThat(Neo4jProjector.idsDenseEnough(highestId, relationships, pastTheCount)).isTrue();
        long[] chunkSizes = {1, 3, pastTheCount, 1_000_000};
        List<ProjectionSpec> specs = List.of(
                ProjectionSpec.wholeGraph(AS_OF),
                ProjectionSpec.wholeGraph(AS_OF).weighted(),
                ProjectionSpec.wholeGraph(LocalDate.of(2026, 3, 15)),
                new ProjectionSpec(EnumSet.of(NodeLabel.INDIVIDUAL, NodeLabel.COMMUNITY),
                        EnumSet.of(RelationType.CONTACT, RelationType.MEMBER_OF), AS_OF, Optional.of("weight"), EdgeAggregation.MAX));
        for (ProjectionSpec spec : specs) {
            Map<String, Double> expected = edgesByCypher(spec);
            for (boolean procedure : new boolean[] {true, false}) {
                for (long chunk : chunkSizes) {
                    for (int sessions : new int[] {1, 3}) {
                        Projection projection = new Neo4jProjector(SharedNeo4j.driver(), sessions, chunk, procedure).project(spec);
                        assertThat(edges(projection))
                                .as("%s, procedure %s, chunks of %d ids, %d sessions", spec, procedure, chunk, sessions)
                                .isEqualTo(expected);
                        assertThat(nodes(projection)).isEqualTo(nodesByCypher(spec));
                    }
                }
            }
        }
    }

    @Test
    void theEmbeddedServerPacksRelationshipsInItsProcedure() {
        try (Session session = SharedNeo4j.driver().session()) {
            long contacts = session.run("MATCH ()-[r:CONTACT]->() RETURN count(r)").single().get(0).asLong();
            long valid = session.run("MATCH ()-[r:CONTACT]->() WHERE r.since <= $d AND r.until >= $d RETURN count(r)",
                    Map.of("d", AS_OF)).single().get(0).asLong();
            List<Record> batches = session.run("CALL " + ProjectionProcedures.EDGES + "(0, 1000000, ['CONTACT', 'NO_SUCH_TYPE'], $d, '')",
                    Map.of("d", AS_OF)).list();
            long count = 0;
            long marked = 0;
            for (Record batch : batches) {
                ByteBuffer edges = ByteBuffer.wrap(batch.get("edges").asByteArray());
                assertThat(edges.remaining()).isEqualTo(16 * batch.get("count").asInt());
                while (edges.hasRemaining()) {
                    assertThat(edges.getLong()).isNotNegative();
                    marked += edges.getLong() < 0 ? 1 : 0;
                    count++;
                }
            }
            assertThat(count).isEqualTo(contacts);
            assertThat(count - marked).as("the ones valid as of the date keep their end").isEqualTo(valid);
            assertThat(session.run("CALL " + ProjectionProcedures.EDGES + "(0, 1000000, ['NO_SUCH_TYPE'], $d, '')",
                    Map.of("d", AS_OF)).list()).isEmpty();
        }
    }

    @Test
    void theEmbeddedServerPacksNodesInItsProcedure() {
        try (Session session = SharedNeo4j.driver().session()) {
            Map<Long, String> expected = new TreeMap<>();
            session.run("MATCH (a:Entity) WHERE a:Individual OR a:Broker RETURN id(a), a.id")
                    .forEachRemaining(row -> expected.put(row.get(0).asLong(), row.get(1).asString()));
            Map<Long, String> packed = new TreeMap<>();
            List<String> labels = List.of("Broker", "Individual", "NoSuchLabel");
            for (Record batch : session.run("CALL " + ProjectionProcedures.NODES + "(0, 1000000, $labels)",
                    Map.of("labels", labels)).list()) {
                ByteBuffer nodes = ByteBuffer.wrap(batch.get("nodes").asByteArray());
                while (nodes.hasRemaining()) {
                    long internal = nodes.getLong();
                    String label = labels.get(nodes.get());
                    byte[] id = new byte[nodes.getInt()];
                    nodes.get(id);
                    packed.put(internal, new String(id, java.nio.charset.StandardCharsets.UTF_8));
                    assertThat(label).isEqualTo(packed.get(internal).startsWith("B") ? "Broker" : "Individual");
                }
            }
            assertThat(packed).isEqualTo(expected).hasSize(6);
            List<String> tooMany = java.util.stream.IntStream.range(0, 128).mapToObj(i -> "L" + i).toList();
            assertThatThrownBy(() -> session.run("CALL " + ProjectionProcedures.NODES + "(0, 10, $labels)",
                    Map.of("labels", tooMany)).list())
                    .isInstanceOf(Neo4jException.class).hasMessageContaining("at most 127 labels");
        }
    }

    @Test
    @Timeout(60)
    void theProceduresStopWhenTheirTransactionTimesOut() {
        TransactionConfig oneSecond = TransactionConfig.builder().withTimeout(Duration.ofSeconds(1)).build();
        try (Session session = SharedNeo4j.driver().session()) {
            assertThatThrownBy(() -> session.run("CALL " + ProjectionProcedures.EDGES
                    + "(0, 100000000000, ['CONTACT'], $d, '')", Map.of("d", AS_OF), oneSecond).list())
                    .isInstanceOf(Neo4jException.class);
            assertThatThrownBy(() -> session.run("CALL " + ProjectionProcedures.NODES
                    + "(0, 100000000000, ['Individual'])", Map.of(), oneSecond).list())
                    .isInstanceOf(Neo4jException.class);
        }
    }

    @Test
    void aProjectionTooLargeForTheHeapIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> Neo4jProjector.checkHeap(1_000_000, 10_000_000, 256L << 20))
                .isInstanceOf(KyoseiStoreException.class)
                .hasMessageContaining("1,000,000 nodes and 10,000,000 relationships")
                .hasMessageContaining("heap has 256 MiB free")
                .hasMessageContaining("KYOSEI_JAVA_OPTS=-Xmx")
                .message().doesNotContain("\n");
        Neo4jProjector.checkHeap(1_000_000, 10_000_000, 2L << 30);
    }

    @Test
    void relationshipIdsAreReadByRangeOnlyWhileDenseEnough() {
        assertThat(Neo4jProjector.idsDenseEnough(10_000_042, 10_000_000, 320_000)).isTrue();
        assertThat(Neo4jProjector.idsDenseEnough(39, 10, 0)).isTrue();
        assertThat(Neo4jProjector.idsDenseEnough(40, 10, 0)).isFalse();
        assertThat(Neo4jProjector.idsDenseEnough(1L << 40, 1_000_000, 320_000)).as("a store format with sparse ids").isFalse();
    }

    /** The undirected simple graph of CLI.md as Cypher computes it: "a|b" (a < b) to the aggregated weight. */
    private static Map<String, Double> edgesByCypher(ProjectionSpec spec) {
        Map<String, Double> edges = new TreeMap<>();
        try (Session session = SharedNeo4j.driver().session()) {
            session.run("""
                    MATCH (a:Entity)-[r]->(b:Entity)
                    WHERE type(r) IN $types AND r.since <= $asOf AND r.until >= $asOf AND a <> b
                      AND any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
                    RETURN a.id AS a, b.id AS b, r[$weight] AS weight
                    """, parameters(spec)).forEachRemaining(row -> {
                String a = row.get("a").asString();
                String b = row.get("b").asString();
                String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
                double weight = spec.weightProperty().isEmpty() || row.get("weight").isNull() ? 1.0 : row.get("weight").asDouble();
                edges.merge(key, weight, (x, y) -> switch (spec.aggregation()) {
                    case SUM -> x + y;
                    case MAX -> Math.max(x, y);
                    default -> x;
                });
            });
        }
        return edges;
    }

    /** Each selected node's id to its label, as Cypher finds them. */
    private static Map<String, String> nodesByCypher(ProjectionSpec spec) {
        Map<String, String> nodes = new TreeMap<>();
        try (Session session = SharedNeo4j.driver().session()) {
            session.run("MATCH (a:Entity) UNWIND labels(a) AS label WITH a, label WHERE label IN $labels RETURN a.id, label",
                    parameters(spec)).forEachRemaining(row -> nodes.put(row.get(0).asString(), row.get(1).asString()));
        }
        return nodes;
    }

    private static Map<String, String> nodes(Projection projection) {
        Map<String, String> nodes = new TreeMap<>();
        for (int u = 0; u < projection.ids().size(); u++) {
            nodes.put(projection.ids().id(u), projection.ids().label(u).label());
        }
        return nodes;
    }

    private static Map<String, Object> parameters(ProjectionSpec spec) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("types", spec.types().stream().map(RelationType::name).toList());
        parameters.put("labels", spec.labels().stream().map(NodeLabel::label).toList());
        parameters.put("asOf", spec.asOf());
        parameters.put("weight", spec.weightProperty().orElse("weight"));
        return parameters;
    }

    private static Map<String, Double> edges(Projection projection) {
        Map<String, Double> edges = new TreeMap<>();
        CsrGraph graph = projection.graph();
        for (int u = 0; u < graph.nodeCount(); u++) {
            for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                int v = graph.targets()[e];
                String a = projection.ids().id(u);
                String b = projection.ids().id(v);
                if (a.compareTo(b) < 0) {
                    edges.put(a + "|" + b, graph.weights() == null ? 1.0 : graph.weights()[e]);
                }
            }
        }
        return edges;
    }
}
