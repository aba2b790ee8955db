package org.kyosei.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.kyosei.ingest.StagedGraph;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.commandline.dbms.CannotWriteException;
import org.neo4j.commandline.dbms.LockChecker;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.api.index.IndexProvidersAccess;
import org.neo4j.kernel.impl.index.schema.DefaultIndexProvidersAccess;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.LogTailMetadataFactoryImpl;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.kernel.lifecycle.Lifespan;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.LogService;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Builds a new embedded store from a {@link StagedGraph} with Neo4j's own bulk importer, which writes the store
 * files directly instead of running transactions: the fast path for loading a dataset into an empty store. The
 * graph goes to the importer in memory ({@link StagedGraphInput}), not through files.
 *
 * <p>The store is built in a sibling folder and moved into place only when complete, so a crash or kill
 * leaves either the old (empty) store or the new one, never a half-built one; a leftover sibling folder is
 * removed on the next run. The result holds exactly what transactional import would have written (same labels,
 * properties and relationship keys); constraints and indexes are added afterwards by the schema migrator.
 */
public final class Neo4jBulkLoader {
    private static final String DATABASE = "neo4j";
    private static final String BUILDING_SUFFIX = ".bulk-import";
    private static final String DISCARDED_SUFFIX = ".discarded";

    private final Path home;

    /** @param home the embedded store folder (as given to {@code --db}); must hold no entities */
    public Neo4jBulkLoader(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** True when nothing was ever stored under the folder (no database files yet). */
    public boolean storeIsNew() {
        return !Files.exists(home.resolve("data").resolve("databases").resolve(DATABASE));
    }

    /**
     * Writes the staged graph as a new store in place of the current (empty) one, handing it to Neo4j's batch
     * importer in memory. The staged graph is emptied afterwards, so that its memory is free for what comes next.
     *
     * @param stepDone       told when each step ends (numbering the nodes, running the importer, swapping the store in)
     * @param importerOutput show the importer's own progress on stderr
     * @throws KyoseiStoreException when the importer fails; the current store is then left as it was
     */
    public void load(StagedGraph graph, Consumer<String> stepDone, boolean importerOutput) {
        Path building = sibling(BUILDING_SUFFIX);
        deleteRecursively(building);
        deleteRecursively(sibling(DISCARDED_SUFFIX));
        try {
            Input input = StagedGraphInput.of(graph);
            stepDone.accept("numbering the nodes for the importer");
            runImporter(building, input, importerOutput);
            graph.clear();
            stepDone.accept("Neo4j's importer");
            replaceStore(building);
            stepDone.accept("swapping the store in");
        } catch (IOException | RuntimeException e) {
            throw new KyoseiStoreException("cannot build the store in " + building + ": " + firstLine(e), e);
        } finally {
            deleteRecursively(building);
        }
    }

    /**
     * Runs the batch importer of the store's own engine on the input, into the database folder under
     * {@code building}, exactly as {@code neo4j-admin database import full} does after it has parsed its files.
     */
    private static void runImporter(Path building, Input input, boolean importerOutput) throws IOException {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, building).build();
        DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(DATABASE);
        PrintStream out = importerOutput ? System.err : new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
        CursorContextFactory contexts = new CursorContextFactory(PageCacheTracer.NULL, FixedVersionContextSupplier.EMPTY_CONTEXT_SUPPLIER);
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
             JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler();
             Lifespan life = new Lifespan()) {
            fs.mkdirs(layout.databaseDirectory());
            try (var lock = LockChecker.checkDatabaseLock(layout)) {
                LogService logs = new SimpleLogService(NullLogProvider.getInstance());
                Supplier<IndexProvidersAccess> indexProviders = () -> new DefaultIndexProvidersAccess(
                        engine, fs, config, scheduler, logs, PageCacheTracer.NULL, contexts);
                BatchImporter importer = engine.batchImporter(layout, fs, false, PageCacheTracer.NULL,
                        Configuration.defaultConfiguration(), logs, out, false, DefaultAdditionalIds.EMPTY,
                        new LogTailMetadataFactoryImpl(fs), config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
                        TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                        EmptyMemoryTracker.INSTANCE, contexts, indexProviders, 0, null,
                        DatabaseCreationOptions.EMPTY_CREATION_OPTIONS, BatchImporter.HardwareValidation.NONE);
                try (importer) {
                    importer.doImport(input);
                }
            }
        } catch (CannotWriteException e) {
            throw new KyoseiStoreException("cannot lock " + building + ": " + e.getMessage(), e);
        } finally {
            input.close();
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    /**
     * Swaps the built store in with two atomic renames. Killed between them, the store folder is absent, which
     * the next run treats as a new store; the old folder held no entities, so nothing is lost.
     */
    private void replaceStore(Path building) throws IOException {
        Path discarded = sibling(DISCARDED_SUFFIX);
        if (Files.exists(home)) {
            Files.move(home, discarded, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.createDirectories(home.getParent());
        Files.move(building, home, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(discarded);
    }

    private Path sibling(String suffix) {
        return home.resolveSibling(home.getFileName() + suffix);
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new KyoseiStoreException("cannot remove " + path + ": " + e.getMessage(), e);
        }
    }
}
