package org.kyosei.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kyosei.store.GraphConnection;
import org.kyosei.application.port.GraphTarget;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * One real embedded Neo4j for the whole test JVM (a start costs seconds), reached through Bolt
 * like the application does. Tests call {@link #emptied()} to start from an empty graph.
 */
public final class SharedNeo4j {
    private static GraphConnection connection;
    private static Path home;

    private SharedNeo4j() {
    }

    public static synchronized GraphConnection connection() {
        if (connection == null) {
            try {
                home = Files.createTempDirectory("kyosei-test-neo4j");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            connection = GraphConnection.open(GraphTarget.embedded(home, 256));
        }
        return connection;
    }

    /** The shared connection after deleting every node but the schema records (entities and analysis runs). */
    public static synchronized GraphConnection emptied() {
        GraphConnection graph = connection();
        try (Session session = graph.driver().session()) {
            session.run("MATCH (n) WHERE NOT n:KyoseiSchemaVersion CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
        return graph;
    }

    public static Driver driver() {
        return connection().driver();
    }

    public static int boltPort() {
        return connection().embedded().orElseThrow().boltPort();
    }
}
