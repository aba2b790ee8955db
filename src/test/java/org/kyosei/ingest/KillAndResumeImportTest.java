package org.kyosei.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.generate.GeneratorSettings;
import org.kyosei.generate.SyntheticNetworkGenerator;
import org.kyosei.store.GraphConnection;
import org.kyosei.application.port.GraphTarget;
import org.kyosei.store.Neo4jEntityStore;
import org.kyosei.support.CliRun;
import org.kyosei.support.GraphFingerprint;
import org.kyosei.support.SharedNeo4j;
import org.neo4j.driver.Session;

/**
 * A crash mid-import: an import in a separate JVM is killed (SIGKILL) while it writes
 * relationships; re-running the import on the recovered store gives exactly the graph of one
 * clean run.
 */
class KillAndResumeImportTest {
    @TempDir
    Path tmp;

    @Test
    void killedImportConvergesAfterARerun() throws Exception {
        Path dataset = tmp.resolve("dataset");
        new SyntheticNetworkGenerator(new GeneratorSettings(3000, 8, 11, LocalDate.of(2026, 11, 22))).generate(dataset, done -> { });
        Path store = tmp.resolve("killed-store");

        Process child = startImport(dataset, store);
        List<String> childOutput = waitForLine(child, "importing relations.csv");
        Thread.sleep(1500);
        assertThat(child.isAlive()).as("the import must still run when it is killed; output: " + childOutput).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        List<String> resumed;
        try (GraphConnection graph = GraphConnection.open(GraphTarget.embedded(store))) {
            long partial = countRelationships(graph);
            ImportReport rerun = new DatasetImporter(new Neo4jEntityStore(graph.driver()), 500)
                    .importDataset(dataset, tmp.resolve("rejects-rerun.csv"), ImportProgress.NONE);
            assertThat(rerun.rejected()).isZero();
            assertThat(partial).as("the kill left a partial import").isLessThan(rerun.files().getLast().imported());
            resumed = GraphFingerprint.of(graph.driver());
        }

        GraphConnection clean = SharedNeo4j.emptied();
        new DatasetImporter(new Neo4jEntityStore(clean.driver()), 10_000)
                .importDataset(dataset, tmp.resolve("rejects-clean.csv"), ImportProgress.NONE);
        assertThat(resumed).hasSize(GraphFingerprint.of(clean.driver()).size());
        assertThat(resumed).isEqualTo(GraphFingerprint.of(clean.driver()));
    }

    /**
     * The bulk path killed while Neo4j's importer builds the store: the store folder is untouched (the new store
     * is built beside it and moved in whole), and the next import, bulk again, gives the graph of a clean run.
     */
    @Test
    void killedBulkImportConvergesAfterARerun() throws Exception {
        Path dataset = tmp.resolve("dataset");
        new SyntheticNetworkGenerator(new GeneratorSettings(3000, 8, 12, LocalDate.of(2026, 11, 22))).generate(dataset, done -> { });
        Path store = tmp.resolve("killed-bulk-store");

        Process child = startImport(dataset, store, "auto");
        List<String> childOutput = waitForLine(child, "building the store");
        Thread.sleep(300);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(store.resolve("data/databases/neo4j")).as("killed before the move: " + childOutput).doesNotExist();

        CliRun rerun = CliRun.of("import", dataset.toString(), "--db", store.toString(),
                "--rejects", tmp.resolve("rejects-rerun.csv").toString());
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("bulk importer");
        assertThat(store.resolveSibling(store.getFileName() + ".bulk-import")).as("leftovers removed").doesNotExist();

        GraphConnection clean = SharedNeo4j.emptied();
        new DatasetImporter(new Neo4jEntityStore(clean.driver()), 10_000)
                .importDataset(dataset, tmp.resolve("rejects-clean.csv"), ImportProgress.NONE);
        try (GraphConnection graph = GraphConnection.open(GraphTarget.embedded(store))) {
            assertThat(GraphFingerprint.of(graph.driver())).isEqualTo(GraphFingerprint.of(clean.driver()));
        }
    }

    private static Process startImport(Path dataset, Path store) throws Exception {
        return startImport(dataset, store, "transactional");
    }

    private static Process startImport(Path dataset, Path store, String mode) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "org.kyosei.Kyosei",
                "import", dataset.toString(), "--db", store.toString(), "--batch-size", "100", "--mode", mode,
                "--rejects", store.resolveSibling("rejects-killed.csv").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KYOSEI_PAGECACHE_MB", "128");
        return builder.start();
    }

    private static List<String> waitForLine(Process child, String wanted) throws Exception {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            lines.add(line);
            if (line.contains(wanted)) {
                return lines;
            }
        }
        throw new AssertionError("the import ended before '" + wanted + "': " + lines);
    }

    private static long countRelationships(GraphConnection graph) {
        try (Session session = graph.driver().session()) {
            return session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
        }
    }
}
