package org.kyosei.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/**
 * Imports a dataset folder (DATA.md) into the graph, streaming each file in batches.
 *
 * <p>Order: all headers are checked first (a missing required column stops the import before
 * anything is written), then node files, then {@code relations.csv}. Each batch is validated
 * against the store (ids used by another label, unknown ids, label pairs) and written in one
 * transaction; a rejected row is written to the rejects file and never stops the good rows.
 * Writes are idempotent merges, so re-running after a crash converges to the graph of one clean run.
 */
public final class DatasetImporter {
    public static final String RELATIONS_FILE = "relations.csv";
    public static final int DEFAULT_BATCH_SIZE = 10_000;
    /** Files the generator writes beside the dataset; skipped without a warning. */
    private static final Set<String> KNOWN_COMPANION_FILES = Set.of("truth.csv", "lookalikes.csv", "related.csv", "rejects.csv");
    private static final List<String> RELATION_REQUIRED_COLUMNS = List.of("src", "type", "dst");

    private final EntityStore store;
    private final int batchSize;
    private final int writers;

    /** An importer writing on as many threads as there are cores. */
    public DatasetImporter(EntityStore store, int batchSize) {
        this(store, batchSize, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param batchSize rows per transaction
     * @param writers   threads writing batches while the file is read on; 1 writes in file order
     */
    public DatasetImporter(EntityStore store, int batchSize, int writers) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (writers < 1) {
            throw new IllegalArgumentException("writers must be at least 1, got " + writers);
        }
        this.store = store;
        this.batchSize = batchSize;
        this.writers = writers;
    }

    /**
     * Imports {@code dir}, writing set-aside rows to {@code rejectsPath}.
     *
     * @throws DatasetException when the folder or a file cannot be read, or a header lacks a required column
     */
    public ImportReport importDataset(Path dir, Path rejectsPath, ImportProgress progress) {
        long start = System.nanoTime();
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(dir + ": no such dataset folder");
        }
        List<String> warnings = new ArrayList<>(unknownFiles(dir, rejectsPath));
        Path relations = dir.resolve(RELATIONS_FILE);
        if (!Files.isRegularFile(relations)) {
            throw new DatasetException(dir.resolve(RELATIONS_FILE) + ": missing (relations.csv is the one required file)");
        }
        checkHeaders(dir);
        List<FileStats> stats = new ArrayList<>();
        try (RejectsFile rejects = new RejectsFile(rejectsPath)) {
            for (NodeLabel label : NodeLabel.values()) {
                Path file = dir.resolve(label.fileName());
                if (Files.isRegularFile(file)) {
                    stats.add(importNodes(label, file, rejects, progress, warnings));
                }
            }
            stats.add(importRelations(relations, rejects, progress, warnings));
        }
        return new ImportReport(stats, warnings, rejectsPath, Duration.ofNanos(System.nanoTime() - start));
    }

    private List<String> unknownFiles(Path dir, Path rejectsPath) {
        Set<String> known = new LinkedHashSet<>(KNOWN_COMPANION_FILES);
        known.add(RELATIONS_FILE);
        for (NodeLabel label : NodeLabel.values()) {
            known.add(label.fileName());
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !known.contains(f.getFileName().toString()))
                    .filter(f -> !f.toAbsolutePath().normalize().equals(rejectsPath.toAbsolutePath().normalize()))
                    .map(f -> f.getFileName() + ": not a dataset file, ignored")
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DatasetException(dir + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    private void checkHeaders(Path dir) {
        for (NodeLabel label : NodeLabel.values()) {
            Path file = dir.resolve(label.fileName());
            if (Files.isRegularFile(file)) {
                CsvFile.open(file, label.requiredColumns()).close();
            }
        }
        CsvFile.open(dir.resolve(RELATIONS_FILE), RELATION_REQUIRED_COLUMNS).close();
    }

    private FileStats importNodes(NodeLabel label, Path path, RejectsFile rejects, ImportProgress progress, List<String> warnings) {
        try (CsvFile file = CsvFile.open(path, label.requiredColumns())) {
            warnExtraColumns(file, label.requiredColumns(), label.optionalColumns(), warnings);
            NodeRowValidator validator = new NodeRowValidator(label, file.columns());
            return importRows(file, validator::check, (batch, counter) -> flushNodes(label, batch, counter, rejects), rejects, progress);
        }
    }

    /**
     * Reads every row of {@code file}, validates it, and hands full batches to {@code flush} on the
     * writer threads while reading goes on; returns once every batch is written.
     */
    private <T> FileStats importRows(CsvFile file, Function<SourceRow, Checked<T>> validator,
                                     BiConsumer<List<T>, FileStats.Counter> flush, RejectsFile rejects, ImportProgress progress) {
        FileStats.Counter counter = new FileStats.Counter(file.name());
        List<List<T>> batch = new ArrayList<>(List.of(new ArrayList<>(batchSize)));
        progress.startFile(file.name(), file.sizeBytes());
        try (BatchPipeline pipeline = new BatchPipeline(writers)) {
            file.forEachRow(row -> {
                counter.read();
                Checked<T> checked = DatasetImporter.<T>checkFieldCount(row, file).orElseGet(() -> validator.apply(row));
                switch (checked) {
                    case Checked.Valid<T> valid -> batch.getFirst().add(valid.row());
                    case Checked.Rejected<T> rejected -> reject(row, rejected.rejection(), counter, rejects);
                }
                if (batch.getFirst().size() >= batchSize) {
                    List<T> full = batch.set(0, new ArrayList<>(batchSize));
                    pipeline.submit(() -> flush.accept(full, counter));
                    progress.advance(file.bytesRead());
                }
            });
            List<T> last = batch.getFirst();
            pipeline.submit(() -> flush.accept(last, counter));
            pipeline.drain();
        }
        progress.advance(file.bytesRead());
        progress.finishFile();
        return counter.finish();
    }

    private void flushNodes(NodeLabel label, List<NodeRow> batch, FileStats.Counter counter, RejectsFile rejects) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, StoredEntity> stored = store.lookup(batch.stream().map(NodeRow::id).toList());
        List<NodeRow> accepted = new ArrayList<>(batch.size());
        for (NodeRow row : batch) {
            StoredEntity existing = stored.get(row.id());
            if (existing != null && existing.label() != label) {
                reject(row.source(), new Rejection(RejectReason.DUPLICATE_ID,
                        "id '" + row.id() + "' is already a " + existing.label().label() + ", not a " + label.label()), counter, rejects);
            } else {
                accepted.add(row);
            }
        }
        store.writeNodes(label, accepted);
        counter.imported(accepted.size());
    }

    private FileStats importRelations(Path path, RejectsFile rejects, ImportProgress progress, List<String> warnings) {
        try (CsvFile file = CsvFile.open(path, RELATION_REQUIRED_COLUMNS)) {
            warnExtraColumns(file, RELATION_REQUIRED_COLUMNS, List.of("since", "until", "weight", "source", "confidence"), warnings);
            RelationRowValidator validator = new RelationRowValidator(file.columns());
            return importRows(file, validator::check, (batch, counter) -> flushRelations(batch, counter, rejects), rejects, progress);
        }
    }

    private void flushRelations(List<RelationRow> batch, FileStats.Counter counter, RejectsFile rejects) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (RelationRow row : batch) {
            ids.add(row.src());
            ids.add(row.dst());
        }
        Map<String, StoredEntity> stored = store.lookup(ids);
        List<RelationRow> accepted = new ArrayList<>(batch.size());
        for (RelationRow row : batch) {
            Rejection problem = endpointProblem(row, stored);
            if (problem == null) {
                accepted.add(row);
            } else {
                reject(row.source(), problem, counter, rejects);
            }
        }
        store.writeRelations(accepted);
        counter.imported(accepted.size());
    }

    /** Why the ends of a relation do not fit its type, or {@code null} when they do. */
    private static Rejection endpointProblem(RelationRow row, Map<String, StoredEntity> stored) {
        StoredEntity src = stored.get(row.src());
        if (src == null) {
            return new Rejection(RejectReason.UNKNOWN_ID, "src '" + row.src() + "' is not a node of the dataset");
        }
        StoredEntity dst = stored.get(row.dst());
        if (dst == null) {
            return new Rejection(RejectReason.UNKNOWN_ID, "dst '" + row.dst() + "' is not a node of the dataset");
        }
        RelationType type = row.type();
        if (!type.allows(src.label(), dst.label())) {
            return new Rejection(RejectReason.LABEL_PAIR, type + " cannot join " + src.label().label() + " '" + src.id()
                    + "' to " + dst.label().label() + " '" + dst.id() + "'");
        }
        if (type == RelationType.TRANSFER) {
            for (StoredEntity end : List.of(src, dst)) {
                if (!end.kind().orElse("").equals("ACCOUNT")) {
                    return new Rejection(RejectReason.LABEL_PAIR, "TRANSFER joins ACCOUNT identifiers only; '" + end.id()
                            + "' is " + end.kind().orElse("no") + " identifier");
                }
            }
        }
        return null;
    }

    private static <T> java.util.Optional<Checked<T>> checkFieldCount(SourceRow row, CsvFile file) {
        int expected = file.columns().size();
        int actual = row.rawFields().size();
        if (actual == expected) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Checked.rejected(RejectReason.FIELD_COUNT, "has " + actual + " fields, the header has " + expected));
    }

    private static void reject(SourceRow row, Rejection rejection, FileStats.Counter counter, RejectsFile rejects) {
        counter.rejected(rejection.reason());
        rejects.write(row, rejection);
    }

    private static void warnExtraColumns(CsvFile file, List<String> required, List<String> optional, List<String> warnings) {
        Map<String, Integer> columns = new HashMap<>(file.columns());
        required.forEach(columns::remove);
        optional.forEach(columns::remove);
        columns.keySet().stream().sorted()
                .forEach(extra -> warnings.add(file.name() + ": extra column '" + extra + "' ignored"));
    }
}
