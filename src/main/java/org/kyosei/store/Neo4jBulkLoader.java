package org.kyosei.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.kyosei.domain.NodeLabel;
import org.kyosei.ingest.RelationRow;
import org.kyosei.ingest.StagedGraph;
import org.kyosei.ingest.StagedGraph.StagedNode;
import org.kyosei.ingest.StagedGraph.StagedRelation;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import picocli.CommandLine;

/**
 * Builds a new embedded store from a {@link StagedGraph} with Neo4j's own bulk importer, which writes the store
 * files directly instead of running transactions: the fast path for loading a dataset into an empty store.
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
    /** Fewer relationships than this are not worth a file (and a thread) of their own. */
    private static final int RELATIONS_PER_FILE_AT_LEAST = 50_000;
    private static final String ALWAYS_TEXT = RelationRow.ALWAYS.toString();
    private static final String OPEN_ENDED_TEXT = RelationRow.OPEN_ENDED.toString();
    private static final CSVFormat BULK_CSV = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .get();

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
     * Writes the staged graph as a new store in place of the current (empty) one. The staged graph is emptied
     * once it is written to the importer's input, so that its memory is free while the importer runs.
     *
     * @param stepDone       told when each step ends (writing the importer's input, running it, swapping the store in)
     * @param importerOutput show the importer's own progress on stderr
     * @throws KyoseiStoreException when the importer fails; the current store is then left as it was
     */
    public void load(StagedGraph graph, Consumer<String> stepDone, boolean importerOutput) {
        Path building = sibling(BUILDING_SUFFIX);
        deleteRecursively(building);
        deleteRecursively(sibling(DISCARDED_SUFFIX));
        try {
            Path input = Files.createDirectories(building.resolve("input"));
            InputFiles files = writeInput(graph, input);
            graph.clear();
            stepDone.accept("writing the importer's input");
            List<String> arguments = new ArrayList<>(files.arguments());
            boolean multiline = files.multiline();
            arguments.addAll(List.of("--multiline-fields=" + multiline,
                    "--report-file=" + building.resolve("import.report"), "--overwrite-destination=true", DATABASE));
            runImporter(building, arguments, importerOutput);
            stepDone.accept("Neo4j's importer");
            deleteRecursively(input);
            Files.deleteIfExists(building.resolve("import.report"));
            replaceStore(building);
            stepDone.accept("swapping the store in");
        } catch (IOException e) {
            throw new KyoseiStoreException("cannot build the store in " + building + ": " + e.getMessage(), e);
        } finally {
            deleteRecursively(building);
        }
    }

    /** The importer's input arguments for the files written, and whether any value spans several lines. */
    private record InputFiles(List<String> arguments, boolean multiline) {
    }

    /**
     * Writes one file per node label and the relationships in one file per core, all at once on as many
     * threads as there are cores (the importer reads several files of a kind as one input).
     *
     * <p>Nodes are numbered 0, 1, 2… in the order written and the importer is told to use those numbers as the
     * store's node ids ({@code --id-type=actual}); relationships name their ends by number. The importer then
     * needs no map from string ids to nodes, which is a large part of its work; each node keeps its {@code id}
     * as an ordinary property, exactly as transactional import stores it.
     */
    private static InputFiles writeInput(StagedGraph graph, Path input) throws IOException {
        List<String> arguments = new ArrayList<>();
        List<Callable<Boolean>> writes = new ArrayList<>();
        Map<String, Long> numbers = new HashMap<>(Math.max(16, graph.nodeCount() * 4 / 3 + 1));
        for (NodeLabel label : NodeLabel.values()) {
            List<StagedNode> nodes = graph.nodes(label);
            if (!nodes.isEmpty()) {
                long first = numbers.size();
                nodes.forEach(node -> numbers.put(node.id(), (long) numbers.size()));
                Path file = input.resolve(label.fileName());
                writes.add(() -> writeNodes(label, nodes, first, file));
                arguments.add("--nodes=" + file);
            }
        }
        List<StagedRelation> relations = graph.relations();
        int cores = Runtime.getRuntime().availableProcessors();
        int chunk = Math.max(RELATIONS_PER_FILE_AT_LEAST, (relations.size() + cores - 1) / cores);
        for (int from = 0, part = 1; from < relations.size(); from += chunk, part++) {
            List<StagedRelation> slice = relations.subList(from, Math.min(relations.size(), from + chunk));
            Path file = input.resolve("relations-" + part + ".csv");
            writes.add(() -> writeRelations(slice, numbers, file));
            arguments.add("--relationships=" + file);
        }
        boolean multiline = false;
        try (ExecutorService writers = Executors.newFixedThreadPool(cores)) {
            for (Future<Boolean> write : writers.invokeAll(writes)) {
                multiline |= write.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KyoseiStoreException("interrupted while writing the importer's input", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new KyoseiStoreException("cannot write the importer's input: " + e.getCause(), e.getCause());
        }
        arguments.add("--id-type=actual");
        return new InputFiles(arguments, multiline);
    }

    /**
     * Writes the nodes numbered from {@code first} on, in list order. Returns whether any value spans several
     * lines (the importer must then be told).
     */
    private static boolean writeNodes(NodeLabel label, List<StagedNode> nodes, long first, Path file) throws IOException {
        Map<String, String> columnTypes = columnTypes(nodes);
        List<String> header = new ArrayList<>();
        header.add(":ID");
        header.add("id:string");
        header.add(":LABEL");
        columnTypes.forEach((column, type) -> header.add(column + ":" + type));
        String labels = NodeLabel.ENTITY + ";" + label.label();
        boolean multiline = false;
        long number = first;
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, BULK_CSV)) {
            csv.printRecord(header);
            for (StagedNode node : nodes) {
                csv.print(Long.toString(number++));
                csv.print(node.id());
                csv.print(labels);
                for (String column : columnTypes.keySet()) {
                    Object value = node.properties().get(column);
                    multiline |= value instanceof String s && spansLines(s);
                    csv.print(value == null ? null : value.toString());
                }
                csv.println();
            }
        }
        return multiline;
    }

    /** Every property column of the nodes with the importer's type for its values, in a stable order. */
    private static Map<String, String> columnTypes(List<StagedNode> nodes) {
        Map<String, String> types = new java.util.TreeMap<>();
        for (StagedNode node : nodes) {
            node.properties().forEach((column, value) -> {
                if (!column.equals("id")) {
                    types.putIfAbsent(column, importerType(value));
                }
            });
        }
        return new LinkedHashMap<>(types);
    }

    private static String importerType(Object value) {
        return switch (value) {
            case Integer i -> "long";
            case Long l -> "long";
            case Double d -> "double";
            case LocalDate d -> "date";
            default -> "string";
        };
    }

    private static boolean writeRelations(List<StagedRelation> relations, Map<String, Long> numbers, Path file) throws IOException {
        boolean multiline = false;
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, BULK_CSV)) {
            csv.printRecord(":START_ID", ":TYPE", ":END_ID", "since:date", "until:date", "weight:double",
                    "source", "confidence:double");
            for (StagedRelation r : relations) {
                multiline |= spansLines(r.provenance());   // ids are validated: no line breaks in them
                csv.print(numbers.get(r.src()).toString());
                csv.print(r.type().name());
                csv.print(numbers.get(r.dst()).toString());
                csv.print(dateText(r.since()));
                csv.print(dateText(r.until()));
                csv.print(Double.toString(r.weight()));
                csv.print(r.provenance());
                csv.print(Double.toString(r.confidence()));
                csv.println();
            }
        }
        return multiline;
    }

    /** The ISO text of a date; the two open-ended bounds most relationships carry are not formatted anew each time. */
    private static String dateText(LocalDate date) {
        if (date.equals(RelationRow.ALWAYS)) {
            return ALWAYS_TEXT;
        }
        return date.equals(RelationRow.OPEN_ENDED) ? OPEN_ENDED_TEXT : date.toString();
    }

    private static boolean spansLines(String value) {
        return value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0);
    }

    private static void runImporter(Path building, List<String> arguments, boolean importerOutput) {
        PrintStream quiet = importerOutput ? System.err : new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
        ExecutionContext context = new ExecutionContext(building, building.resolve("conf"), quiet, err,
                new DefaultFileSystemAbstraction());
        int exit = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
        if (exit != 0) {
            String detail = errors.toString(StandardCharsets.UTF_8).strip().lines().findFirst().orElse("exit code " + exit);
            throw new KyoseiStoreException("Neo4j's bulk importer failed: " + detail);
        }
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
