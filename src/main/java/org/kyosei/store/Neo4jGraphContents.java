package org.kyosei.store;

import java.time.Duration;
import java.util.Map;

import org.kyosei.application.port.GraphContents;
import org.kyosei.query.QueryResult;
import org.neo4j.driver.Driver;

/** Counts of the stored graph's entities by label and relationships by type. */
public final class Neo4jGraphContents implements GraphContents {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int ROWS = 100;

    private final ReadOnlyQueries queries;

    public Neo4jGraphContents(Driver driver) {
        this.queries = new ReadOnlyQueries(driver);
    }

    @Override
    public QueryResult nodesByLabel() {
        return queries.run("""
                MATCH (n:Entity) WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS label
                RETURN label, count(*) AS nodes ORDER BY label""", Map.of(), ROWS, TIMEOUT);
    }

    @Override
    public QueryResult relationshipsByType() {
        return queries.run("""
                MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS relationships ORDER BY type""",
                Map.of(), ROWS, TIMEOUT);
    }
}
