package org.kyosei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.support.CliRun;

/**
 * {@code evaluate --worlds}: two small random worlds generated, imported into fresh embedded stores,
 * reported and scored end to end; bad options refused in one line before any work.
 */
class EvaluateWorldsCommandTest {
    private static final List<String> PATTERNS = List.of("FRONT_BROKER", "FRONT_EMPLOYER", "GATEKEEPER",
            "EXPLOITATION_HUB", "FEE_SKIMMING", "INFILTRATION_GROWTH", "NEW_BRIDGE");

    @TempDir
    Path temp;

    @Test
    void twoSmallWorldsRunEndToEndAndPrintThePerPatternTable() throws Exception {
        Path out = temp.resolve("eval");
        CliRun run = CliRun.of("evaluate", "--worlds", "2", "--seed", "7", "--individuals", "1000", "--weeks", "3",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("world 1/2 seed 7: ", "world 2/2 seed 8: ")
                .contains("recall_mean", "recall_worst", "precision_mean", "precision_worst", "listed_mean", "listed_max",
                        "lookalikes_in_window", "one_tie_individuals");
        for (String pattern : PATTERNS) {
            assertThat(run.out()).contains(pattern);
        }
        List<String> perWorld = Files.readAllLines(out.resolve("worlds.csv"));
        assertThat(perWorld.get(0)).startsWith("world,seed,pattern,cases,found,recall,");
        assertThat(perWorld).hasSize(1 + 2 * PATTERNS.size());
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).hasSize(1 + PATTERNS.size());
        for (String seed : List.of("7", "8")) {
            Path world = out.resolve("world-" + seed);
            assertThat(world.resolve("anomalies.csv")).exists();
            assertThat(world.resolve("truth.csv")).exists();
            assertThat(Files.readString(world.resolve("world.json"))).contains("\"seed\": " + seed);
            assertThat(world.resolve("relations.csv")).as("the dataset itself is deleted").doesNotExist();
        }
    }

    @Test
    void badOptionsAreRefusedInOneLine() {
        assertOneLine(CliRun.of("evaluate", "--worlds", "0"), "--worlds must be between 1 and 1000");
        assertOneLine(CliRun.of("evaluate", "--worlds", "2", "--truth", "truth.csv"), "cannot be combined with");
        assertOneLine(CliRun.of("evaluate", "--worlds", "1", "--individuals", "10"), "--individuals must be between");
        assertOneLine(CliRun.of("evaluate", "--worlds", "1", "--weeks", "0"), "--weeks must be between");
        assertOneLine(CliRun.of("evaluate"), "give --worlds N, or --truth FILE and --anomalies FILE");
        assertOneLine(CliRun.of("evaluate", "--truth", "truth.csv"), "--anomalies FILE is required with --truth");
        CliRun world = CliRun.of("generate", "--out", temp.resolve("x").toString(), "--world", "imaginary");
        assertThat(world.exitCode()).isEqualTo(2);
        assertThat(world.err().lines().findFirst().orElseThrow()).contains("--world").contains("imaginary");
    }

    private static void assertOneLine(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip()).contains(message).doesNotContain("\n").doesNotContain("Exception");
    }
}
