package org.kyosei.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kyosei.domain.NodeLabel;
import org.kyosei.store.Neo4jEntityStore;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * The CSV importer fed random and mutated input, on the real embedded Neo4j. Whatever comes in: no exception
 * escapes but a {@link DatasetException} with a one-line message; every row read is either imported or in the
 * rejects file; every good row is kept; and nothing is half-written (no node without its kind label, no
 * relationship to an entity that was not declared in a node file).
 */
class ImporterFuzzTest {
    private static final List<String> PEOPLE = List.of("P1", "P2", "P3", "P4", "P5");
    private static final String RELATIONS_HEADER = "src,type,dst,since,until,weight,source,confidence";

    private Path dir;
    private Driver driver;

    @BeforeTry
    void freshGraphAndFolder() throws IOException {
        driver = SharedNeo4j.emptied().driver();
        dir = Files.createTempDirectory("kyosei-fuzz");
    }

    @AfterTry
    void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** One relation row: good, or broken in one of the ways DATA.md lists, always as well-formed CSV. */
    record Row(List<String> fields, boolean good) {
    }

    @Provide
    Arbitrary<List<Row>> relationRows() {
        Arbitrary<String> person = Arbitraries.of(PEOPLE);
        Arbitrary<String> date = Arbitraries.integers().between(2020, 2027).map(y -> y + "-03-15");
        Arbitrary<Row> good = Combinators.combine(person, person, date, Arbitraries.integers().between(0, 500))
                .as((a, b, since, weight) -> new Row(List.of(a, "CONTACT", b, since, "", "" + weight, "fuzz", "0.5"), true));
        Arbitrary<String> hostile = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("\",\n\r;'\\\u0000\u00e9\u6f22\ufeff").ofMaxLength(30),
                Arbitraries.of("2026-02-30", "26-1-1", "9999-99-99", "-1", "NaN", "1e309", "P 1", "",
                        "x".repeat(70), "Ｐ１", "P1\u0000", "MATCH (n) DETACH DELETE n"));
        Arbitrary<Row> bad = Combinators.combine(person, hostile, Arbitraries.integers().between(0, 6))
                .as((a, junk, where) -> switch (where) {
                    case 0 -> new Row(List.of(a, "CONTACT", "UNKNOWN-" + Math.abs(junk.hashCode())), false);
                    case 1 -> new Row(List.of(a, "CONTACT", "P1", "", "", "", "", junk.isEmpty() ? "2" : "9" + junk), false);
                    case 2 -> new Row(List.of(a, "CONTACT", "P2", "2026-02-30", ""), false);
                    case 3 -> new Row(List.of(a, "KNOWS" + junk, "P2"), false);
                    case 4 -> new Row(List.of(a, "CONTACT"), false);
                    case 5 -> new Row(List.of(a, "CONTACT", "P3", "", "", "", "", "", "extra", junk), false);
                    default -> new Row(List.of(junk.isEmpty() ? "?" : junk + "\u0001", "MEMBER_OF", a), false);
                });
        Arbitrary<Row> huge = Arbitraries.integers().between(1, 5).map(k ->
                new Row(List.of("P1", "CONTACT", "P2", "", "", "", "s".repeat(k * 20_000), ""), true));
        return Arbitraries.frequencyOf(Tuple.of(6, good), Tuple.of(4, bad), Tuple.of(1, huge)).list().ofMaxSize(40);
    }

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void badRowsAreSetAsideAndEveryGoodRowIsKept(@ForAll("relationRows") List<Row> rows) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord((Object[]) RELATIONS_HEADER.split(","));
            for (Row row : rows) {
                printer.printRecord(row.fields());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new DatasetFiles(dir).file("individuals.csv", "id,name\nP1,A\nP2,B\nP3,C\nP4,D\nP5,E\n")
                .file("relations.csv", csv.toString());

        ImportReport report = importer().importDataset(dir, dir.resolve("rejects.csv"), ImportProgress.NONE);

        long good = rows.stream().filter(Row::good).count();
        FileStats relations = report.files().stream().filter(f -> f.file().equals("relations.csv")).findFirst().orElseThrow();
        assertThat(relations.read()).isEqualTo(rows.size());
        assertThat(relations.imported()).as("every good row kept").isEqualTo(good);
        assertThat(relations.rejected()).as("every bad row set aside").isEqualTo(rows.size() - good);
        assertThat(rejectedLines()).isEqualTo(report.rejected());
        assertThat(distinctGoodRelations(rows)).isEqualTo(count("MATCH (:Individual)-[r:CONTACT]->(:Individual) RETURN count(r)"));
        assertNothingHalfWritten(Set.copyOf(PEOPLE));
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, Integer, Integer>>> byteMutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 255)).as(Tuple::of).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 16, shrinking = ShrinkingMode.OFF)
    void mutatedFilesNeverCrashNorHalfWrite(@ForAll("byteMutations") List<Tuple.Tuple3<Integer, Integer, Integer>> mutations,
                                            @ForAll("fileNames") String target) throws IOException {
        DatasetFiles.tiny(dir);
        Path file = dir.resolve(target);
        byte[] bytes = Files.readAllBytes(file);
        for (Tuple.Tuple3<Integer, Integer, Integer> m : mutations) {
            bytes = mutate(bytes, m.get1(), m.get2(), m.get3());
        }
        Files.write(file, bytes);
        try {
            ImportReport report = importer().importDataset(dir, dir.resolve("rejects.csv"), ImportProgress.NONE);
            assertThat(report.imported() + report.rejected()).isEqualTo(report.read());
            assertThat(rejectedLines()).isEqualTo(report.rejected());
        } catch (DatasetException e) {
            assertThat(e.getMessage()).as("one line naming the file").doesNotContain("\n").contains(".csv");
        }
        assertNothingHalfWritten(declaredIds());
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("relations.csv", "individuals.csv", "brokers.csv", "identifiers.csv", "incidents.csv");
    }

    /** One mutation: flip a byte, insert a quote, comma or newline, insert invalid UTF-8, delete, duplicate, truncate, drop the header. */
    private static byte[] mutate(byte[] bytes, int kind, int position, int value) {
        if (bytes.length == 0) {
            return new byte[] {(byte) value};
        }
        int at = position % bytes.length;
        List<Byte> list = new ArrayList<>(bytes.length + 4);
        for (byte b : bytes) {
            list.add(b);
        }
        switch (kind) {
            case 0 -> list.set(at, (byte) value);
            case 1 -> list.add(at, (byte) '"');
            case 2 -> list.add(at, (byte) ',');
            case 3 -> list.add(at, (byte) '\n');
            case 4 -> {
                list.add(at, (byte) 0x28);
                list.add(at, (byte) 0xC3);                       // an invalid UTF-8 sequence
            }
            case 5 -> list.remove(at);
            case 6 -> list.addAll(at, list.subList(at, Math.min(list.size(), at + 40)).stream().toList());
            case 7 -> list.subList(at, list.size()).clear();
            default -> {
                int firstNewline = list.indexOf((byte) '\n');
                list.subList(0, firstNewline < 0 ? list.size() : firstNewline + 1).clear();
            }
        }
        byte[] out = new byte[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private DatasetImporter importer() {
        return new DatasetImporter(new Neo4jEntityStore(driver), 7, 2);
    }

    private long rejectedLines() {
        Path rejects = dir.resolve("rejects.csv");
        if (!Files.exists(rejects)) {
            return 0;
        }
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(rejects, StandardCharsets.UTF_8))) {
            return parser.stream().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long distinctGoodRelations(List<Row> rows) {
        Set<String> keys = new TreeSet<>();
        rows.stream().filter(Row::good).forEach(r -> keys.add(r.fields().get(0) + ">" + r.fields().get(2) + "@"
                + (r.fields().size() > 3 ? r.fields().get(3) : "")));
        return keys.size();
    }

    /** Every first field of every line of the node files: a superset of the ids the (mutated) node files declare. */
    private Set<String> declaredIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (NodeLabel label : NodeLabel.values()) {
            Path file = dir.resolve(label.fileName());
            if (Files.exists(file)) {
                for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("[\r\n]+")) {
                    ids.add(line.split(",", -1)[0].replace("\"", "").strip());
                }
            }
        }
        return ids;
    }

    private void assertNothingHalfWritten(Set<String> declared) {
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (n:Entity) WHERE size(labels(n)) <> 2 OR n.id IS NULL RETURN count(n)")
                    .single().get(0).asLong()).as("every entity has its id and exactly one kind label").isZero();
            assertThat(session.run("MATCH (n) WHERE NOT n:Entity AND NOT n:KyoseiSchemaVersion RETURN count(n)")
                    .single().get(0).asLong()).as("no stray node").isZero();
            List<String> endpoints = session.run("MATCH (a)-[r]->(b) RETURN a.id AS a, b.id AS b").list(r ->
                    r.get("a").asString(null) + ">" + r.get("b").asString(null));
            for (String pair : endpoints) {
                String[] ends = pair.split(">");
                assertThat(declared).as("both ends of " + pair + " were declared").contains(ends[0], ends[1]);
            }
        }
    }

    private long count(String cypher) {
        try (Session session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }
}
