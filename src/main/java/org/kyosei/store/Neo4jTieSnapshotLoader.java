package org.kyosei.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kyosei.application.port.TieSnapshotSource;
import org.kyosei.query.TieSnapshot;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/**
 * Reads every entity (id, kind, name) and every relationship between entities (type, dates, weight, confidence)
 * into a {@link TieSnapshot}, one record per entity holding its outgoing relationships, in parallel partitions.
 */
public final class Neo4jTieSnapshotLoader implements TieSnapshotSource {
    private static final String QUERY = """
            MATCH (n:Entity) WHERE id(n) % $parts = $part
            RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
                   [(n)-[r]->(m:Entity) | [type(r), m.id, r.since, r.until, r.weight, r.confidence]] AS out
            """;

    private final Driver driver;
    private final Clock clock;

    public Neo4jTieSnapshotLoader(Driver driver, Clock clock) {
        this.driver = driver;
        this.clock = clock;
    }

    /** The whole graph as it is now. */
    @Override
    public TieSnapshot load() {
        long startedAt = clock.millis();
        int partitions = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<List<Record>> parts = PartitionedRead.run(driver, partitions, QUERY, Map.of(), "the in-memory graph",
                Neo4jTieSnapshotLoader::records);
        TieSnapshot.Builder builder = new TieSnapshot.Builder();
        for (List<Record> part : parts) {
            for (Record r : part) {
                String id = r.get("id").asString();
                builder.entity(id, r.get("label").asString(""), r.get("name").isNull() ? null : r.get("name").asString());
                for (Value tie : r.get("out").values()) {
                    builder.tie(id, tie.get(0).asString(), tie.get(1).asString(), date(tie.get(2), LocalDate.MAX),
                            date(tie.get(3), LocalDate.MIN), tie.get(4).asDouble(1.0), tie.get(5).asDouble(1.0));
                }
            }
        }
        return builder.build(startedAt);
    }

    private static List<Record> records(Result result) {
        List<Record> records = new ArrayList<>();
        result.forEachRemaining(records::add);
        return records;
    }

    /** A stored date; a missing one reads as {@code absent} (never valid in the database's as-of test either). */
    private static LocalDate date(Value value, LocalDate absent) {
        return value.isNull() ? absent : value.asLocalDate();
    }
}
