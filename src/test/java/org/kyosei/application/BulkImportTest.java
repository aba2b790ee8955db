package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.generate.GeneratorSettings;
import org.kyosei.generate.SyntheticNetworkGenerator;
import org.kyosei.store.GraphConnection;
import org.kyosei.application.port.GraphTarget;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.GraphFingerprint;
import org.kyosei.support.SharedNeo4j;
import org.kyosei.support.SystemErr;

/**
 * The bulk path (Neo4j's importer into an empty embedded store) against the transactional path: the same rows
 * validated the same way give the same graph and the same rejects, and the store stays usable afterwards.
 */
class BulkImportTest {
    @TempDir
    Path tmp;

    /** The tiny dataset plus what tests merge semantics and validation: duplicates, quotes, newlines, bad rows. */
    private DatasetFiles awkwardDataset() throws Exception {
        DatasetFiles dataset = DatasetFiles.tiny(tmp.resolve("awkward"));
        Path dir = dataset.dir();
        Files.writeString(dir.resolve("individuals.csv"), Files.readString(dir.resolve("individuals.csv"))
                + "P6,\"Quote \"\"the\"\" name,\nwith a newline\",1999,,,\n"
                + "P2,Maria Santos-Reyes,,tl,PH,PERMANENT\n");   // same id again: later values win, empty ones clear
        Files.writeString(dir.resolve("employers.csv"), Files.readString(dir.resolve("employers.csv"))
                + "P1,Not an employer,,\n");                       // id of another label: set aside
        Files.writeString(dir.resolve("relations.csv"), Files.readString(dir.resolve("relations.csv"))
                + "P6,MEMBER_OF,C1,2026-01-05,,1,registry,0.9\n"
                + "P6,MEMBER_OF,C1,2026-01-05,,3,registry,0.5\n"  // same key (src,type,dst,since): last row wins
                + "P6,MEMBER_OF,C1,2026-03-01,,1,,\n"             // another since: another relationship
                + "P6,MEMBER_OF,NOPE,,,1,,\n"                     // unknown id: set aside
                + "P6,EMPLOYED_BY,C1,,,1,,\n");                   // wrong label pair: set aside
        return dataset;
    }

    @Test
    void bulkAndTransactionalImportsGiveTheSameGraphAndTheSameRejects() throws Exception {
        Path dataset = awkwardDataset().dir();
        Path store = tmp.resolve("bulk-store");

        SystemErr.Captured<CliRun> quiet = SystemErr.capture(() -> CliRun.of("import", dataset.toString(), "--db", store.toString(),
                "--rejects", tmp.resolve("bulk.csv").toString()));
        CliRun bulk = quiet.value();
        assertThat(bulk.exitCode()).as(bulk.err()).isEqualTo(3);
        assertThat(quiet.text()).as("no timings unless asked for").doesNotContain("[timing]");
        assertThat(bulk.out()).contains("with Neo4j's bulk importer").contains("(building the store)");

        SharedNeo4j.emptied();
        CliRun transactional = CliRun.external("import", dataset.toString(), "--rejects", tmp.resolve("tx.csv").toString());
        assertThat(transactional.exitCode()).as(transactional.err()).isEqualTo(3);
        assertThat(transactional.out()).contains("in batched transactions");
        List<String> expected = GraphFingerprint.of(SharedNeo4j.driver());

        assertThat(Files.readAllLines(tmp.resolve("bulk.csv"))).hasSize(4).isEqualTo(Files.readAllLines(tmp.resolve("tx.csv")));
        try (GraphConnection graph = GraphConnection.open(GraphTarget.embedded(store))) {
            assertThat(GraphFingerprint.of(graph.driver())).isEqualTo(expected);
            assertThat(expected).anyMatch(line -> line.contains("Maria Santos-Reyes") && !line.contains("birth_year"));
            assertThat(expected).anyMatch(line -> line.startsWith("P6 -MEMBER_OF-> C1") && line.contains("weight=3.0:Double") && line.contains(":LocalDate"));
        }

        CliRun again = CliRun.of("import", dataset.toString(), "--db", store.toString(), "--rejects", tmp.resolve("again.csv").toString());
        assertThat(again.out()).as("a store that holds data takes transactions").contains("in batched transactions");
        try (GraphConnection graph = GraphConnection.open(GraphTarget.embedded(store))) {
            assertThat(GraphFingerprint.of(graph.driver())).as("re-import changes nothing").isEqualTo(expected);
        }

        CliRun forced = CliRun.of("import", dataset.toString(), "--db", store.toString(), "--mode", "bulk");
        assertThat(forced.exitCode()).isEqualTo(1);
        assertThat(forced.err().strip()).doesNotContain("\n").contains("--mode bulk needs an empty store").contains("nodes");
    }

    @Test
    void generatedDatasetLoadsTheSameEitherWay() throws Exception {
        Path dataset = tmp.resolve("generated");
        new SyntheticNetworkGenerator(new GeneratorSettings(1500, 6, 5, LocalDate.of(2026, 11, 22))).generate(dataset, done -> { });
        Path store = tmp.resolve("generated-store");
        SystemErr.Captured<CliRun> timed = SystemErr.capture(() -> CliRun.of("import", dataset.toString(), "--db", store.toString(),
                "--timings"));
        assertThat(timed.value().exitCode()).as(timed.value().err()).isZero();
        assertThat(timed.text().lines().filter(line -> line.startsWith("[timing] ")))
                .as("--timings: each step's wall and CPU seconds on stderr")
                .anyMatch(line -> line.startsWith("[timing] reading and validating the files") && line.contains(" cpu "))
                .anyMatch(line -> line.startsWith("[timing] stopping the store"));
        assertThat(timed.value().out()).as("the summary is the same with --timings").contains("with Neo4j's bulk importer")
                .doesNotContain("[timing]");

        SharedNeo4j.emptied();
        assertThat(CliRun.external("import", dataset.toString()).exitCode()).isZero();
        List<String> expected = GraphFingerprint.of(SharedNeo4j.driver());
        try (GraphConnection graph = GraphConnection.open(GraphTarget.embedded(store))) {
            assertThat(GraphFingerprint.of(graph.driver())).hasSize(expected.size()).isEqualTo(expected);
        }
    }

    @Test
    void bulkModeNeedsAnEmbeddedStore() {
        CliRun run = CliRun.external("import", tmp.toString(), "--mode", "bulk");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--mode bulk needs an embedded store");
    }
}
