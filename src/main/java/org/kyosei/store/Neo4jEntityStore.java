package org.kyosei.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.kyosei.ingest.EntityStore;
import org.kyosei.ingest.NodeRow;
import org.kyosei.ingest.RelationRow;
import org.kyosei.ingest.StoredEntity;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * The importer's writes as batched {@code UNWIND … MERGE} transactions over Bolt. Labels and
 * relationship types come from the closed enums, never from input; all values are parameters.
 */
public final class Neo4jEntityStore implements EntityStore {
    private static final String LOOKUP = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.kind AS kind
            """;

    private final Driver driver;
    private final Map<NodeLabel, String> nodeWrites = new EnumMap<>(NodeLabel.class);
    private final Map<RelationType, String> relationWrites = new EnumMap<>(RelationType.class);

    public Neo4jEntityStore(Driver driver) {
        this.driver = driver;
        for (NodeLabel label : NodeLabel.values()) {
            nodeWrites.put(label, """
                    UNWIND $rows AS row
                    MERGE (n:Entity {id: row.id})
                    SET n:%s
                    SET n += row.props
                    """.formatted(label.label()));
        }
        for (RelationType type : RelationType.values()) {
            relationWrites.put(type, """
                    UNWIND $rows AS row
                    MATCH (a:Entity {id: row.src})
                    MATCH (b:Entity {id: row.dst})
                    MERGE (a)-[r:%s {since: row.since}]->(b)
                    SET r.until = row.until, r.weight = row.weight, r.source = row.source, r.confidence = row.confidence
                    """.formatted(type.name()));
        }
    }

    private Session session() {
        return driver.session(SessionConfig.defaultConfig());
    }

    @Override
    public Map<String, StoredEntity> lookup(Collection<String> ids) {
        Map<String, StoredEntity> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Session session = session()) {
            session.executeRead(tx -> {
                tx.run(LOOKUP, Map.of("ids", List.copyOf(ids))).forEachRemaining(record -> {
                    String id = record.get("id").asString();
                    Value label = record.get("label");
                    Optional<NodeLabel> nodeLabel = label.isNull() ? Optional.empty() : NodeLabel.byLabel(label.asString());
                    Value kind = record.get("kind");
                    nodeLabel.ifPresent(l -> found.put(id, new StoredEntity(id, l,
                            kind.isNull() ? Optional.empty() : Optional.of(kind.asString()))));
                });
                return null;
            });
        }
        return found;
    }

    @Override
    public void writeNodes(NodeLabel label, List<NodeRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> parameters = new ArrayList<>(rows.size());
        for (NodeRow row : rows) {
            parameters.add(Map.of("id", row.id(), "props", new HashMap<>(row.properties())));
        }
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run(nodeWrites.get(label), Map.of("rows", parameters)).consume());
        }
    }

    @Override
    public void writeRelations(List<RelationRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<RelationType, List<Map<String, Object>>> byType = new EnumMap<>(RelationType.class);
        for (RelationRow row : rows) {
            Map<String, Object> parameters = new HashMap<>(8);
            parameters.put("src", row.src());
            parameters.put("dst", row.dst());
            parameters.put("since", row.since());
            parameters.put("until", row.until());
            parameters.put("weight", row.weight());
            parameters.put("source", row.provenance());
            parameters.put("confidence", row.confidence());
            byType.computeIfAbsent(row.type(), t -> new ArrayList<>()).add(parameters);
        }
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> byType.forEach((type, typeRows) ->
                    tx.run(relationWrites.get(type), Map.of("rows", typeRows)).consume()));
        }
    }
}
