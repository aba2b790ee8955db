package org.kyosei.application;

import java.nio.file.Path;
import java.time.Duration;

import org.kyosei.ingest.DatasetImporter;
import org.kyosei.ingest.ImportProgress;
import org.kyosei.ingest.ImportReport;
import org.kyosei.ingest.StagedGraph;
import org.kyosei.application.port.GraphTarget;
import org.kyosei.application.port.ImportStores;
import org.kyosei.application.port.StorageException;

/**
 * Loads a dataset folder into the graph the fastest safe way: into an empty embedded store with Neo4j's bulk
 * importer, otherwise (a store that holds data, or an external server) with batched transactions. Both ways
 * validate the same rows the same way and set aside the same rejects; the resulting graphs are equal.
 */
public final class ImportService {
    /** How to write: {@code AUTO} picks bulk for an empty embedded store and transactions otherwise. */
    public enum Mode { AUTO, BULK, TRANSACTIONAL }

    /**
     * The report of the import (its elapsed time covers the whole import), whether the bulk path wrote it, and
     * how long building the store took after the files were read (zero for transactions).
     */
    public record Outcome(ImportReport report, boolean bulk, String target, Duration storeBuild) {
    }

    /**
     * How to import: rows per transaction, threads writing batches, and whether each step's wall and CPU seconds
     * are printed to stderr (with the bulk importer's own phases) to find slow steps.
     */
    public record Options(int batchSize, int writers, boolean timings) {
    }

    private final ImportStores stores;
    private final GraphTarget target;
    private final int batchSize;
    private final int writers;
    private final boolean timings;

    public ImportService(ImportStores stores, GraphTarget target, Options options) {
        this.stores = stores;
        this.target = target;
        this.batchSize = options.batchSize();
        this.writers = options.writers();
        this.timings = options.timings();
    }

    /**
     * @throws StorageException when {@code BULK} is asked for a store that cannot take it
     */
    public Outcome importDataset(Path dir, Path rejects, ImportProgress progress, Mode mode) {
        if (target.isExternal() || mode == Mode.TRANSACTIONAL) {
            if (mode == Mode.BULK) {
                throw new StorageException("--mode bulk needs an embedded store (--db), not an external server");
            }
            return transactional(dir, rejects, progress);
        }
        if (!stores.bulkStoreIsNew(target.embeddedHome())) {
            long stored = stores.storedNodes(target);
            if (stored > 0) {
                if (mode == Mode.BULK) {
                    throw new StorageException("--mode bulk needs an empty store, and " + target.embeddedHome()
                            + " holds " + stored + " nodes (use --mode transactional or another --db)");
                }
                return transactional(dir, rejects, progress);
            }
        }
        long start = System.nanoTime();
        ImportTimings timings = new ImportTimings(this.timings);
        timings.done("JVM start, options");
        StagedGraph staged = new StagedGraph();
        ImportReport read = new DatasetImporter(staged, batchSize, 1).importDataset(dir, rejects, progress);
        long built = System.nanoTime();
        timings.done("reading and validating the files");
        progress.phase("building the store with Neo4j's bulk importer (" + staged.nodeCount() + " nodes, "
                + staged.relationCount() + " relationships)");
        stores.bulkLoad(target.embeddedHome(), staged, timings::done, timings.enabled());
        progress.phase("creating the constraints and indexes");
        stores.applySchema(target);
        timings.done("starting the store, schema and indexes");
        long end = System.nanoTime();
        timings.done("stopping the store");
        ImportReport report = new ImportReport(read.files(), read.warnings(), read.rejectsFile(), Duration.ofNanos(end - start));
        return new Outcome(report, true, target.describe(), Duration.ofNanos(end - built));
    }

    private Outcome transactional(Path dir, Path rejects, ImportProgress progress) {
        return stores.withEntityStore(target, entities -> new Outcome(new DatasetImporter(entities, batchSize, writers)
                .importDataset(dir, rejects, progress), false, target.describe(), Duration.ZERO));
    }
}
