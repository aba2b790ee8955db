package org.kyosei.store;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.kyosei.application.port.GraphTarget;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * An open connection to the graph: the official driver, plus the embedded server behind it when
 * there is one. Closing it closes both, and a JVM shutdown hook closes it on Ctrl-C.
 */
public final class GraphConnection implements AutoCloseable {
    private final Driver driver;
    private final Optional<EmbeddedNeo4j> embedded;
    private final GraphTarget target;
    private final Thread shutdownHook;
    private volatile boolean closed;

    private GraphConnection(Driver driver, Optional<EmbeddedNeo4j> embedded, GraphTarget target) {
        this.driver = driver;
        this.embedded = embedded;
        this.target = target;
        this.shutdownHook = new Thread(this::closeQuietly, "kyosei-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Opens the target: starts the embedded store or connects to the external server, then checks
     * the connection and applies the schema.
     */
    public static GraphConnection open(GraphTarget target) {
        Config config = Config.builder()
                .withoutEncryption()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withLogging(org.neo4j.driver.Logging.none())
                .build();
        if (target.isExternal()) {
            String uri = target.uri().orElseThrow();
            Driver driver;
            try {
                driver = target.user().isEmpty()
                        ? GraphDatabase.driver(uri, AuthTokens.none(), config)
                        : GraphDatabase.driver(uri, AuthTokens.basic(target.user(), target.password()), config);
                driver.verifyConnectivity();
            } catch (AuthenticationException e) {
                throw new KyoseiStoreException("Neo4j at " + uri + " refused the credentials of user '" + target.user() + "'", e);
            } catch (ServiceUnavailableException e) {
                throw new KyoseiStoreException("Neo4j at " + uri + " is unreachable: " + firstLine(e.getMessage()), e);
            } catch (IllegalArgumentException e) {
                throw new KyoseiStoreException("--uri " + uri + " is not a Neo4j URI (bolt://HOST:PORT or neo4j://HOST:PORT)", e);
            } catch (Neo4jException e) {
                throw new KyoseiStoreException("Neo4j at " + uri + ": " + firstLine(e.getMessage()), e);
            }
            return withSchema(new GraphConnection(driver, Optional.empty(), target));
        }
        EmbeddedNeo4j server = EmbeddedNeo4j.start(target.embeddedHome(), target.pageCacheMb() * 1024 * 1024);
        Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none(), config);
        return withSchema(new GraphConnection(driver, Optional.of(server), target));
    }

    private static GraphConnection withSchema(GraphConnection connection) {
        try {
            new SchemaMigrator(connection.driver()).migrate();
            return connection;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public Driver driver() {
        return driver;
    }

    public GraphTarget target() {
        return target;
    }

    /** How many nodes the graph holds besides the schema's own bookkeeping (0 for a store never imported into). */
    public long storedNodeCount() {
        try (var session = driver.session()) {
            return session.run("MATCH (n) WHERE NOT n:KyoseiSchemaVersion RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    /** The embedded server when this connection started one. */
    public Optional<EmbeddedNeo4j> embedded() {
        return embedded;
    }

    @Override
    public void close() {
        closeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    private synchronized void closeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.close();
        } finally {
            embedded.ifPresent(EmbeddedNeo4j::close);
        }
    }
}
