package org.kyosei.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;

/**
 * A Neo4j server running inside this JVM, with its store under one folder and its Bolt connector
 * on a free loopback port. The application never uses the embedded API for data: it connects
 * through Bolt like any external client, so the same code serves an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final String DEFAULT_DATABASE = "neo4j";

    private final Path home;
    private final DatabaseManagementService management;
    private final int boltPort;

    private EmbeddedNeo4j(Path home, DatabaseManagementService management, int boltPort) {
        this.home = home;
        this.management = management;
        this.boltPort = boltPort;
    }

    /**
     * Starts the store under {@code home}, creating it on first use.
     *
     * @param pageCacheBytes page cache size; the default of Neo4j would take a share of all RAM
     * @throws KyoseiStoreException when the store is locked by another process or cannot start
     */
    public static EmbeddedNeo4j start(Path home, long pageCacheBytes) {
        return start(home, pageCacheBytes, true);
    }

    /**
     * Starts a store for a copy of data that needs none of the application's own procedures (the analysts' read
     * model): the projection procedure, which reads the whole graph through kernel cursors, is not registered.
     */
    static EmbeddedNeo4j startWithoutProcedures(Path home, long pageCacheBytes) {
        return start(home, pageCacheBytes, false);
    }

    private static EmbeddedNeo4j start(Path home, long pageCacheBytes, boolean withProcedures) {
        Objects.requireNonNull(home, "home");
        try {
            Files.createDirectories(home);
        } catch (Exception e) {
            throw new KyoseiStoreException("cannot create the database folder " + home + ": " + e.getMessage(), e);
        }
        DatabaseManagementService management;
        try {
            management = new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(NullLogProvider.getInstance())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    // The projection's procedure reads through kernel cursors, which Neo4j reserves to procedures
                    // it is told to trust.
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("kyosei.*"))
                    // Neo4j populates new indexes on cores - 1 threads: one on a 2-core machine. After a bulk import
                    // every index is populated at once and nothing else runs, so use every core.
                    .setConfig(GraphDatabaseInternalSettings.index_population_workers,
                            Math.max(2, Runtime.getRuntime().availableProcessors()))
                    .build();
        } catch (RuntimeException e) {
            throw new KyoseiStoreException(describeStartFailure(home, e), e);
        }
        try {
            GraphDatabaseService db = management.database(DEFAULT_DATABASE);
            ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class);
            int port = ports.getLocalAddress(ConnectorType.BOLT).getPort();
            if (withProcedures) {
                ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class)
                        .registerProcedure(ProjectionProcedures.class);
            }
            return new EmbeddedNeo4j(home, management, port);
        } catch (RuntimeException | ProcedureException e) {
            management.shutdown();
            throw new KyoseiStoreException(describeStartFailure(home, e), e);
        }
    }

    private static String describeStartFailure(Path home, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().contains("FileLock") || message.contains("locked by another")) {
                return "the database " + home + " is in use by another process (stop it, or choose another store with --db)";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "cannot start the database " + home + ": " + root.getMessage();
    }

    public Path home() {
        return home;
    }

    public int boltPort() {
        return boltPort;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        management.shutdown();
    }
}
