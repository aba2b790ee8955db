package org.kyosei.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kyosei.application.port.AnalystModel;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.kyosei.ingest.NodeRow;
import org.kyosei.ingest.RelationRow;
import org.kyosei.ingest.StagedGraph;
import org.kyosei.query.QueryResult;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The graph as analysts may see it, in a database of its own: every entity of the investigated graph under its
 * keyed pseudonym, with only the attributes listed in {@link #KEPT_PROPERTIES} and the scores, and every tie with
 * its dates, weight and confidence. Names, identifier values, birth years, provenance texts, user accounts, review
 * decisions and run history are never copied, so no statement run here can return them, whatever expression it
 * wraps them in: the model cannot leak what it does not hold. Statements reach it only through
 * {@link StatementPolicy}, which refuses administrative commands, procedures and file access.
 *
 * <p>The model lives in an owner-only temporary folder and is deleted on {@link #close()}. It remembers which real
 * id each pseudonym stands for (in memory, never in the model), so the audit trail can name the subjects an
 * answer showed.
 */
public final class AnalystReadModel implements AnalystModel {
    /** What each kind of entity keeps besides its pseudonymous {@code id} (and its {@code score_*} values). */
    public static final Map<NodeLabel, List<String>> KEPT_PROPERTIES = Map.of(
            NodeLabel.COMMUNITY, List.of("kind", "region"),
            NodeLabel.INDIVIDUAL, List.of("language", "nationality", "residence_status"),
            NodeLabel.EMPLOYER, List.of("industry", "region"),
            NodeLabel.BROKER, List.of("kind", "license_status"),
            NodeLabel.ORGANIZATION, List.of("kind"),
            NodeLabel.IDENTIFIER, List.of("kind"),
            NodeLabel.INCIDENT, List.of("kind", "date", "region"));

    /** What every tie keeps; {@code source} (free provenance text that may name people) stays behind. */
    public static final List<String> KEPT_TIE_PROPERTIES = List.of("since", "until", "weight", "confidence");

    /** Changes whenever what the model keeps changes, so a kept model of another shape is built anew. */
    public static final String SHAPE = Integer.toHexString((KEPT_PROPERTIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .toList() + "|" + KEPT_TIE_PROPERTIES).hashCode());

    /** A pseudonym anywhere inside a string: {@code P-} and 12 hex digits. */
    private static final Pattern PSEUDONYM = Pattern.compile("P-[0-9a-f]{12}");
    private static final int BATCH = 10_000;
    private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;

    private final Path folder;
    private final boolean kept;
    private final EmbeddedNeo4j server;
    private final Driver driver;
    private final Map<String, String> realIds;
    private final Size size;

    private AnalystReadModel(Path folder, boolean kept, EmbeddedNeo4j server, Driver driver, Map<String, String> realIds, Size size) {
        this.folder = folder;
        this.kept = kept;
        this.server = server;
        this.driver = driver;
        this.realIds = realIds;
        this.size = size;
    }

    /**
     * Copies the investigated graph behind {@code source} into a new model, each id replaced by
     * {@code pseudonym.apply(id)}.
     *
     * @throws KyoseiStoreException when the model cannot be built (disk, two ids with one pseudonym)
     */
    public static AnalystReadModel build(Driver source, UnaryOperator<String> pseudonym) {
        Path folder = newPrivateFolder();
        try {
            return buildIn(folder, false, source, pseudonym);
        } catch (RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
    }

    /**
     * The model kept in {@code folder} between commands: opened as it is when it was built from the same graph
     * position with the same pseudonym key ({@code stamp}), otherwise built there anew. Only the pseudonym-to-id
     * map is read again from the source (ids only), since it is never written to disk.
     */
    public static AnalystReadModel keptIn(Path folder, String stamp, Driver source, UnaryOperator<String> pseudonym) {
        long started = System.nanoTime();
        Path stampFile = folder.resolve("stamp");
        Path home = folder.resolve("neo4j");
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp) && Files.isDirectory(home)) {
                Map<String, String> realIds = new HashMap<>();
                for (NodeLabel label : NodeLabel.values()) {
                    try (Session in = source.session()) {
                        in.run("MATCH (n:" + label.label() + ":Entity) RETURN n.id AS id").forEachRemaining(r -> {
                            String id = r.get("id").asString();
                            realIds.put(pseudonym.apply(id), id);
                        });
                    }
                }
                EmbeddedNeo4j server = EmbeddedNeo4j.startWithoutProcedures(home, PAGE_CACHE_BYTES);
                Driver driver = connect(server);
                long ties;
                try (Session session = driver.session()) {
                    ties = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
                }
                return new AnalystReadModel(folder, true, server, driver, Map.copyOf(realIds),
                        new Size(realIds.size(), ties, Duration.ofNanos(System.nanoTime() - started)));
            }
            Files.deleteIfExists(stampFile);
            deleteQuietly(home);
            AnalystReadModel model = buildIn(folder, true, source, pseudonym);
            Path written = folder.resolve("stamp.new");
            Files.writeString(written, stamp);
            Files.move(written, stampFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return model;
        } catch (IOException e) {
            throw new KyoseiStoreException("cannot keep the analysts' read model in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Driver connect(EmbeddedNeo4j server) {
        return GraphDatabase.driver(server.boltUri(), AuthTokens.none(), Config.builder().withoutEncryption()
                .withConnectionTimeout(10, TimeUnit.SECONDS).withLogging(org.neo4j.driver.Logging.none()).build());
    }

    private static AnalystReadModel buildIn(Path folder, boolean kept, Driver source, UnaryOperator<String> pseudonym) {
        long started = System.nanoTime();
        EmbeddedNeo4j server = null;
        Driver driver = null;
        try {
            Map<String, String> realIds = new HashMap<>();
            StagedGraph staged = new StagedGraph();
            long entities = stageEntities(source, staged, pseudonym, realIds);
            long ties = stageTies(source, staged, pseudonym, realIds.keySet());
            Path home = folder.resolve("neo4j");
            new Neo4jBulkLoader(home).load(staged, step -> { }, false);
            server = EmbeddedNeo4j.startWithoutProcedures(home, PAGE_CACHE_BYTES);
            driver = connect(server);
            try (Session session = driver.session()) {
                session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
                session.run("CALL db.awaitIndexes(300)").consume();
            }
            Size size = new Size(entities, ties, Duration.ofNanos(System.nanoTime() - started));
            return new AnalystReadModel(folder, kept, server, driver, Map.copyOf(realIds), size);
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            if (server != null) {
                server.close();
            }
            throw e instanceof KyoseiStoreException k ? k
                    : new KyoseiStoreException("cannot build the analysts' read model: " + e.getMessage(), e);
        }
    }

    /** Stages every entity of the seven labels under its pseudonym with the kept attributes and scores. */
    private static long stageEntities(Driver source, StagedGraph staged, UnaryOperator<String> pseudonym, Map<String, String> realIds) {
        long copied = 0;
        for (NodeLabel label : NodeLabel.values()) {
            String projection = String.join(", ", KEPT_PROPERTIES.get(label).stream().map(p -> "." + p).toList());
            String read = "MATCH (n:" + label.label() + ":Entity) RETURN n.id AS id, n {" + projection + "} AS kept, "
                    + "[k IN keys(n) WHERE k STARTS WITH 'score_' | [k, n[k]]] AS scores";
            List<NodeRow> rows = new ArrayList<>();
            try (Session in = source.session()) {
                Result result = in.run(read);
                while (result.hasNext()) {
                    Record record = result.next();
                    String id = record.get("id").asString();
                    String alias = pseudonym.apply(id);
                    String earlier = realIds.putIfAbsent(alias, id);
                    if (earlier != null && !earlier.equals(id)) {
                        throw new KyoseiStoreException("the ids " + earlier + " and " + id + " have the same pseudonym; "
                                + "choose another pseudonym key");
                    }
                    Map<String, Object> properties = new LinkedHashMap<>();
                    record.get("kept").asMap(Value::asObject).forEach((k, v) -> {
                        if (v != null) {
                            properties.put(k, v);
                        }
                    });
                    for (Value pair : record.get("scores").values()) {
                        if (pair.get(1).asObject() instanceof Number score) {
                            properties.put(pair.get(0).asString(), score);
                        }
                    }
                    rows.add(new NodeRow(null, label, alias, properties));
                }
            }
            staged.writeNodes(label, rows);
            copied += rows.size();
        }
        return copied;
    }

    /** Stages every tie of the fourteen types between pseudonyms, with {@link #KEPT_TIE_PROPERTIES} only. */
    private static long stageTies(Driver source, StagedGraph staged, UnaryOperator<String> pseudonym, Set<String> stagedEnds) {
        long copied = 0;
        for (RelationType type : RelationType.values()) {
            String read = "MATCH (a:Entity)-[r:" + type.name() + "]->(b:Entity) RETURN a.id AS a, b.id AS b, "
                    + "r.since AS since, r.until AS until, r.weight AS weight, r.confidence AS confidence";
            try (Session in = source.session()) {
                Result result = in.run(read);
                List<RelationRow> batch = new ArrayList<>(BATCH);
                while (result.hasNext()) {
                    Record r = result.next();
                    String a = pseudonym.apply(r.get("a").asString());
                    String b = pseudonym.apply(r.get("b").asString());
                    if (!stagedEnds.contains(a) || !stagedEnds.contains(b)) {
                        continue;                      // an end outside the seven entity labels is not in the model
                    }
                    batch.add(new RelationRow(null, a, type, b,
                            r.get("since").asLocalDate(RelationRow.ALWAYS), r.get("until").asLocalDate(RelationRow.OPEN_ENDED),
                            r.get("weight").isNull() ? 1.0 : r.get("weight").asNumber().doubleValue(), null,
                            r.get("confidence").isNull() ? 1.0 : r.get("confidence").asNumber().doubleValue()));
                    if (batch.size() == BATCH) {
                        staged.writeRelations(batch);
                        copied += batch.size();
                        batch.clear();
                    }
                }
                staged.writeRelations(batch);
                copied += batch.size();
            }
        }
        return copied;
    }

    /**
     * Runs an analyst's statement: refused (with a one-line reason) unless {@link StatementPolicy} allows it, then
     * read-only with the row limit and timeout.
     *
     * @throws StatementRefusedException when the policy refuses the statement
     * @throws KyoseiStoreException      when the statement is malformed, writes or times out
     */
    @Override
    public QueryResult run(String statement, Map<String, Object> parameters, int rowLimit, Duration timeout) {
        StatementPolicy.check(driver, statement, parameters);
        return new ReadOnlyQueries(driver).run(statement, parameters, rowLimit, timeout);
    }

    /** The real ids behind every pseudonym that appears anywhere in the rows (inside longer strings too). */
    @Override
    public List<String> realIdsShown(QueryResult result) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        result.rows().forEach(row -> collect(row, ids));
        return List.copyOf(ids);
    }

    /** The real id a pseudonym stands for, if the model holds it. */
    public Optional<String> realId(String pseudonym) {
        return Optional.ofNullable(realIds.get(pseudonym));
    }

    private void collect(Object value, Set<String> into) {
        if (value instanceof String text) {
            Matcher m = PSEUDONYM.matcher(text);
            while (m.find()) {
                String id = realIds.get(m.group());
                if (id != null) {
                    into.add(id);
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, into));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, into));
        }
    }

    @Override
    public Size size() {
        return size;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            server.close();
            if (!kept) {
                deleteQuietly(folder);
            }
        }
    }

    private static Path newPrivateFolder() {
        try {
            return Files.createTempDirectory("kyosei-analyst-model-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            try {
                return Files.createTempDirectory("kyosei-analyst-model-");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new KyoseiStoreException("cannot create a folder for the analysts' read model: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder holds only pseudonymous data; the system's cleaner removes it
        }
    }
}
