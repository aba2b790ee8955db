package org.kyosei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.support.CliRun;
import org.kyosei.support.SharedNeo4j;

/**
 * detect, report weekly and evaluate on a small generated dataset in the real embedded Neo4j: the
 * anomalies.csv format, NEW/PERSISTING/RESOLVED over two weeks, the quality bar, the permutation of
 * protected attributes, and bad input for evaluate.
 */
class DetectionCommandsTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 29);
    private static final GeneratorSettings SETTINGS = new GeneratorSettings(4000, 12, 7, END);

    @TempDir
    Path temp;

    private Path generate(long salt, String name) throws Exception {
        Path dir = temp.resolve(name);
        new SyntheticNetworkGenerator(SETTINGS, salt).generate(dir, null);
        return dir;
    }

    private static String db() {
        return "bolt://127.0.0.1:" + SharedNeo4j.boltPort();
    }

    private static CliRun cli(String... args) {
        return CliRun.external(args);
    }

    @Test
    void detectReportAndEvaluateOnAGeneratedDataset() throws Exception {
        Path data = generate(0, "base");
        SharedNeo4j.emptied();
        assertThat(cli("import", data.toString()).exitCode()).isIn(0, 3);

        Path anomalies = temp.resolve("anomalies.csv");
        CliRun detect = cli("detect", "--as-of", END.toString(), "--out", anomalies.toString());
        assertThat(detect.exitCode()).as(detect.err()).isZero();
        List<String> lines = Files.readAllLines(anomalies, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("rank,subject_id,subject_label,indicator,score,status,first_seen,explanation,evidence");
        assertThat(lines).hasSizeGreaterThan(7);
        assertThat(lines.get(1)).startsWith("1,").contains(",NEW,");

        Path week1 = temp.resolve("reports/week1");
        Path week2 = temp.resolve("reports/week2");
        assertThat(cli("report", "weekly", "--as-of", END.minusWeeks(1).toString(), "--out", week1.toString()).exitCode()).isZero();
        CliRun second = cli("report", "weekly", "--as-of", END.toString(), "--out", week2.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("stored run as of " + END.minusWeeks(1));
        String csv = Files.readString(week2.resolve("anomalies.csv"));
        assertThat(csv).contains(",PERSISTING,").contains(",NEW,");
        assertThat(Files.readString(week2.resolve("anomalies.json"))).contains("\"createdBy\"").contains("\"asOf\" : \"" + END + "\"");
        String html = Files.readString(week2.resolve("report.html"));
        assertThat(html).contains("<svg").contains("lead for review").doesNotContain("<script", " src=");
        String firstSubject = csv.lines().skip(1).findFirst().orElseThrow().split(",")[1];
        assertThat(html).as("pseudonymous ids by default").contains("P-").doesNotContain(">" + firstSubject + "<");

        CliRun evaluate = CliRun.of("evaluate", "--truth", data.resolve("truth.csv").toString(), "--anomalies",
                week2.resolve("anomalies.csv").toString(), "--lookalikes", data.resolve("lookalikes.csv").toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("look-alikes: all");
        String all = evaluate.out().lines().filter(l -> l.startsWith("all")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(all.trim().split("\\s+")[3])).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void permutingProtectedAttributesLeavesAnomaliesByteIdentical() throws Exception {
        byte[][] outputs = new byte[2][];
        long[] salts = {0, 987_654_321L};
        for (int k = 0; k < 2; k++) {
            Path data = generate(salts[k], "salt" + k);
            SharedNeo4j.emptied();
            assertThat(cli("import", data.toString()).exitCode()).isIn(0, 3);
            Path out = temp.resolve("anomalies-" + k + ".csv");
            assertThat(cli("detect", "--as-of", END.toString(), "--out", out.toString()).exitCode()).isZero();
            outputs[k] = Files.readAllBytes(out);
        }
        assertThat(Files.readString(temp.resolve("salt0/individuals.csv")))
                .isNotEqualTo(Files.readString(temp.resolve("salt1/individuals.csv")));
        assertThat(outputs[1]).isEqualTo(outputs[0]);
    }

    @Test
    void evaluateRejectsMissingFilesAndBadHeadersInOneLine() throws Exception {
        Path truth = temp.resolve("truth.csv");
        Files.writeString(truth, "subject_id,pattern,since,note\nB1,FRONT_BROKER,2026-11-01,x\n");
        CliRun missing = CliRun.of("evaluate", "--truth", truth.toString(), "--anomalies", temp.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).contains("nope.csv").doesNotContain("\n").doesNotContain("Exception");

        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, "rank,subject,indicator\n1,B1,FRONT_BROKER\n");
        CliRun header = CliRun.of("evaluate", "--truth", truth.toString(), "--anomalies", bad.toString());
        assertThat(header.exitCode()).isEqualTo(1);
        assertThat(header.err().strip()).contains("bad.csv").contains("missing column 'subject_id'").doesNotContain("\n");

        Path badDate = temp.resolve("truth-bad.csv");
        Files.writeString(badDate, "subject_id,pattern,since,note\nB1,FRONT_BROKER,yesterday,x\n");
        CliRun date = CliRun.of("evaluate", "--truth", badDate.toString(), "--anomalies", bad.toString());
        assertThat(date.exitCode()).isEqualTo(1);
        assertThat(date.err().strip()).contains("truth-bad.csv line 2").doesNotContain("\n");
    }
}
