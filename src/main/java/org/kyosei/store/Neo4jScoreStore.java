package org.kyosei.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.analysis.ScoreTable;
import org.kyosei.application.port.ScoreStore;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Writes an analysis run's scores back to the graph and keeps every run for later comparison.
 *
 * <p>Current values: each scored node gets {@code score_<measure>} properties and
 * {@code scores_as_of}. History: one {@code (:AnalysisRun {id, asOf, measures, nodes, edges})} per
 * run with {@code (:ScoreChunk {ids: [...], <measure>: [...]})} children of at most
 * {@link #CHUNK} nodes each: compact (arrays, not a node per score) and written in bounded
 * transactions.
 */
public final class Neo4jScoreStore implements ScoreStore {
    static final int CHUNK = 10_000;

    private final Driver driver;

    public Neo4jScoreStore(Driver driver) {
        this.driver = driver;
    }

    /** Stores {@code table} as the run {@code runId}; returns the number of nodes written. */
    @Override
    public long write(String runId, LocalDate asOf, ScoreTable table, Map<String, Object> runProperties) {
        List<String> measures = table.measureNames();
        try (Session session = driver.session()) {
            Map<String, Object> properties = new HashMap<>(runProperties);
            properties.put("measures", measures);
            properties.put("nodes", table.ids().size());
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MERGE (run:AnalysisRun {id: $id})
                    SET run += $properties, run.asOf = $asOf, run.createdAt = datetime()
                    WITH run
                    OPTIONAL MATCH (run)-[:HAS_CHUNK]->(old:ScoreChunk)
                    DETACH DELETE old
                    """, Map.of("id", runId, "asOf", asOf, "properties", properties)).consume());
            for (int from = 0; from < table.ids().size(); from += CHUNK) {
                int to = Math.min(table.ids().size(), from + CHUNK);
                List<Map<String, Object>> rows = new ArrayList<>(to - from);
                List<String> ids = new ArrayList<>(to - from);
                Map<String, Object> chunk = new LinkedHashMap<>();
                for (int node = from; node < to; node++) {
                    Map<String, Object> scores = new HashMap<>();
                    for (String measure : measures) {
                        scores.put("score_" + measure, table.score(measure, node));
                    }
                    rows.add(Map.of("id", table.ids().id(node), "scores", scores));
                    ids.add(table.ids().id(node));
                }
                chunk.put("ids", ids);
                for (String measure : measures) {
                    chunk.put(measure, Arrays.copyOfRange(table.measures().get(measure), from, to));
                }
                int index = from / CHUNK;
                session.executeWriteWithoutResult(tx -> {
                    tx.run("""
                            UNWIND $rows AS row
                            MATCH (n:Entity {id: row.id})
                            SET n += row.scores, n.scores_as_of = $asOf
                            """, Map.of("rows", rows, "asOf", asOf)).consume();
                    tx.run("""
                            MATCH (run:AnalysisRun {id: $id})
                            CREATE (run)-[:HAS_CHUNK]->(c:ScoreChunk {index: $index})
                            SET c += $chunk
                            """, Map.of("id", runId, "index", index, "chunk", chunk)).consume();
                });
            }
        }
        return table.ids().size();
    }

    /** The scores of one measure in the most recent run as of {@code asOf} or earlier, by id. */
    public Optional<Map<String, Double>> latest(String measure, LocalDate asOf) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<Record> chunks = tx.run("""
                        MATCH (run:AnalysisRun) WHERE run.asOf <= $asOf AND $measure IN run.measures
                        WITH run ORDER BY run.asOf DESC, run.createdAt DESC LIMIT 1
                        MATCH (run)-[:HAS_CHUNK]->(c:ScoreChunk)
                        RETURN c.ids AS ids, c[$measure] AS values ORDER BY c.index
                        """, Map.of("asOf", asOf, "measure", measure)).list();
                if (chunks.isEmpty()) {
                    return Optional.empty();
                }
                Map<String, Double> scores = new HashMap<>();
                for (Record chunk : chunks) {
                    List<String> ids = chunk.get("ids").asList(v -> v.asString());
                    List<Double> values = chunk.get("values").asList(v -> v.asDouble());
                    for (int i = 0; i < ids.size(); i++) {
                        scores.put(ids.get(i), values.get(i));
                    }
                }
                return Optional.of(scores);
            });
        }
    }
}
