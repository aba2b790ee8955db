package org.kyosei.detection;

import java.time.LocalDate;
import java.util.Map;

import org.kyosei.detection.DetectionFeatures;
import org.kyosei.detection.DetectionGraph;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Loads the {@link DetectionGraph} from Neo4j: every entity with its label and only the
 * whitelisted properties ({@link DetectionFeatures}), then every relationship that started on or
 * before the as-of date (one streamed read per type), so the indicators can also look at earlier
 * weeks. Database-internal ids serve only while loading.
 */
public final class OldLoader {
    private static final long FETCH_SIZE = 20_000;

    private final Driver driver;

    public OldLoader(Driver driver) {
        this.driver = driver;
    }

    public DetectionGraph load(LocalDate asOf) {
        DetectionGraph.Builder builder = DetectionGraph.builder();
        try (Session session = driver.session(SessionConfig.builder()
                .withDefaultAccessMode(AccessMode.READ).withFetchSize(FETCH_SIZE).build())) {
            Long2IntOpenHashMap internal = session.executeRead(tx -> readNodes(tx.run("""
                    MATCH (n:Entity)
                    RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
                           n.kind AS kind, n.license_status AS license, id(n) AS internal
                    """), builder));
            for (RelationType type : RelationType.values()) {
                session.executeRead(tx -> {
                    readRelationships(tx.run("MATCH (a)-[r:" + type.name() + "]->(b) WHERE r.since <= $asOf "
                            + "RETURN id(a), id(b), r.since, r.until, r.weight, r.confidence",
                            Map.of("asOf", asOf)), type, internal, builder);
                    return null;
                });
            }
        }
        return builder.build();
    }

    private static Long2IntOpenHashMap readNodes(Result result, DetectionGraph.Builder builder) {
        if (!DetectionFeatures.allowed("kind") || !DetectionFeatures.allowed("license_status")) {
            throw new IllegalStateException("the node query reads a property outside the detection whitelist");
        }
        Long2IntOpenHashMap internal = new Long2IntOpenHashMap();
        internal.defaultReturnValue(-1);
        while (result.hasNext()) {
            Record r = result.next();
            Value label = r.get(1);
            if (label.isNull()) {
                continue;
            }
            NodeLabel.byLabel(label.asString()).ifPresent(l -> internal.put(r.get(4).asLong(),
                    builder.node(r.get(0).asString(), l, text(r.get(2)), text(r.get(3)))));
        }
        return internal;
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static void readRelationships(Result result, RelationType type, Long2IntOpenHashMap internal,
                                          DetectionGraph.Builder builder) {
        while (result.hasNext()) {
            Record r = result.next();
            int a = internal.get(r.get(0).asLong());
            int b = internal.get(r.get(1).asLong());
            if (a < 0 || b < 0) {
                continue;
            }
            Value since = r.get(2);
            Value until = r.get(3);
            builder.edge(a, b, type,
                    since.isNull() ? DetectionGraph.ALWAYS : (int) since.asLocalDate().toEpochDay(),
                    until.isNull() ? DetectionGraph.FOREVER : (int) until.asLocalDate().toEpochDay(),
                    r.get(4).asDouble(1.0), r.get(5).asDouble(1.0));
        }
    }
}
