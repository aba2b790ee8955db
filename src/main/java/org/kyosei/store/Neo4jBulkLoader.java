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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.kyosei.domain.NodeLabel;
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
     * Writes the staged graph as a new store in place of the current (empty) one.
     *
     * @throws KyoseiStoreException when the importer fails; the current store is then left as it was
     */
    public void load(StagedGraph graph) {
        Path building = sibling(BUILDING_SUFFIX);
        deleteRecursively(building);
        deleteRecursively(sibling(DISCARDED_SUFFIX));
        try {
            Path input = Files.createDirectories(building.resolve("input"));
            List<String> arguments = new ArrayList<>();
            boolean multiline = false;
            for (NodeLabel label : NodeLabel.values()) {
                List<StagedNode> nodes = graph.nodes(label);
                if (!nodes.isEmpty()) {
                    Path file = input.resolve(label.fileName());
                    multiline |= writeNodes(label, nodes, file);
                    arguments.add("--nodes=" + file);
                }
            }
            if (graph.relationCount() > 0) {
                Path file = input.resolve("relations.csv");
                multiline |= writeRelations(graph, file);
                arguments.add("--relationships=" + file);
            }
            arguments.addAll(List.of("--id-type=string", "--multiline-fields=" + multiline,
                    "--report-file=" + building.resolve("import.report"), "--overwrite-destination=true", DATABASE));
            runImporter(building, arguments);
            deleteRecursively(input);
            Files.deleteIfExists(building.resolve("import.report"));
            replaceStore(building);
        } catch (IOException e) {
            throw new KyoseiStoreException("cannot build the store in " + building + ": " + e.getMessage(), e);
        } finally {
            deleteRecursively(building);
        }
    }

    /** Returns whether any value spans several lines (the importer must then be told). */
    private static boolean writeNodes(NodeLabel label, List<StagedNode> nodes, Path file) throws IOException {
        Map<String, String> columnTypes = columnTypes(nodes);
        List<String> header = new ArrayList<>();
        header.add("id:ID");
        header.add(":LABEL");
        columnTypes.forEach((column, type) -> header.add(column + ":" + type));
        String labels = NodeLabel.ENTITY + ";" + label.label();
        boolean multiline = false;
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, BULK_CSV)) {
            csv.printRecord(header);
            List<Object> record = new ArrayList<>(header.size());
            for (StagedNode node : nodes) {
                record.clear();
                record.add(node.id());
                record.add(labels);
                for (String column : columnTypes.keySet()) {
                    Object value = node.properties().get(column);
                    multiline |= value instanceof String s && spansLines(s);
                    record.add(value == null ? null : value.toString());
                }
                csv.printRecord(record);
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

    private static boolean writeRelations(StagedGraph graph, Path file) throws IOException {
        boolean multiline = false;
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, BULK_CSV)) {
            csv.printRecord(":START_ID", ":TYPE", ":END_ID", "since:date", "until:date", "weight:double",
                    "source", "confidence:double");
            for (StagedRelation r : graph.relations()) {
                multiline |= spansLines(r.provenance());   // ids are validated: no line breaks in them
                csv.printRecord(r.src(), r.type().name(), r.dst(), r.since().toString(), r.until().toString(),
                        Double.toString(r.weight()), r.provenance(), Double.toString(r.confidence()));
            }
        }
        return multiline;
    }

    private static boolean spansLines(String value) {
        return value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0);
    }

    private static void runImporter(Path building, List<String> arguments) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
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
