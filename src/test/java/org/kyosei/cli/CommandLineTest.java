package org.kyosei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.store.GraphConnection;
import org.kyosei.application.port.GraphTarget;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;

/**
 * The command-line contract: exit codes, one-line errors, and the commands run against a real
 * Neo4j through Bolt (the shared test server plays the external server of {@code --uri}).
 */
class CommandLineTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void emptyGraph() {
        SharedNeo4j.emptied();
    }

    @Test
    void helpExitsZeroAndListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("import", "query", "cypher", "generate", "demo");
        for (String command : new String[] {"import", "query", "cypher", "generate", "demo"}) {
            assertThat(CliRun.of(command, "--help").exitCode()).as(command + " --help").isZero();
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("import").exitCode()).as("DIR missing").isEqualTo(2);
        assertThat(CliRun.of("query", "x", "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void badDatesAreOneLineUsageErrorsNamingTheOption() {
        List<List<String>> commands = List.of(List.of("analyze", "--as-of"), List.of("detect", "--as-of"), List.of("disrupt", "--as-of"),
                List.of("ego", "P1", "--as-of"), List.of("path", "P1", "P5", "--as-of"), List.of("report", "weekly", "--as-of"),
                List.of("generate", "--end"), List.of("evaluate", "--end"), List.of("audit", "show", "--since"));
        for (List<String> command : commands) {
            for (String date : List.of("0000-01-01", "-2026-01-01", "3000-01-01", "2026-13-01", "yesterday")) {
                List<String> args = new ArrayList<>(command);
                args.add(date);
                CliRun run = CliRun.of(args.toArray(String[]::new));
                String option = command.getLast();
                assertThat(run.exitCode()).as(args + ": " + run.err()).isEqualTo(2);
                assertThat(run.err().lines().findFirst().orElse("")).as(args.toString())
                        .contains(option, "'" + date + "'", "YYYY-MM-DD from 1900-01-01 to 2999-12-31");
                assertThat(run.err()).as(args.toString()).doesNotContain("Exception").doesNotContain("java.");
                // one plain line: the option, the value, the expected form and where to read more; no usage text
                assertThat(run.err().strip()).as(args.toString()).doesNotContain("\n").doesNotContain("Usage:")
                        .startsWith("kyosei: ").endsWith(" --help')");
            }
        }
        CliRun hops = CliRun.of("ego", "P1", "--hops", "two");
        assertThat(hops.exitCode()).isEqualTo(2);
        assertThat(hops.err().strip()).contains("--hops", "'two'").doesNotContain("\n").endsWith("(see 'kyosei ego --help')");
        assertThat(CliRun.of("import").err()).as("other usage errors keep the usage text").contains("Usage:");
    }

    @Test
    void reportWeeklyWritesReportHtmlInJapaneseWhenAskedAndTheSameAnomalyRows() throws java.io.IOException {
        CliRun.external("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString());
        Path en = tmp.resolve("en");
        Path ja = tmp.resolve("ja");
        CliRun english = CliRun.external("report", "weekly", "--as-of", "2026-11-01", "--out", en.toString());
        assertThat(english.exitCode()).as(english.err()).isZero();
        CliRun japanese = CliRun.external("report", "weekly", "--as-of", "2026-11-01", "--out", ja.toString(), "--lang", "ja");
        assertThat(japanese.exitCode()).as(japanese.err()).isZero();
        String enHtml = java.nio.file.Files.readString(en.resolve("report.html"));
        String jaHtml = java.nio.file.Files.readString(ja.resolve("report.html"));
        assertThat(enHtml).contains("<html lang=\"en\">", "Weekly leads for review, 2026-W44", "As of 2026-11-01.");
        assertThat(jaHtml).contains("<html lang=\"ja\">", "週次レビュー対象リード（2026-W44）", "2026年11月1日時点。")
                .doesNotContain("Weekly leads for review");
        // anomalies.csv: the same columns and leads in both (only the statuses may differ: the second run compares with the first)
        List<String> enRows = java.nio.file.Files.readAllLines(en.resolve("anomalies.csv"));
        List<String> jaRows = java.nio.file.Files.readAllLines(ja.resolve("anomalies.csv"));
        assertThat(jaRows.getFirst()).isEqualTo(enRows.getFirst()).isEqualTo("rank,subject_id,subject_label,indicator,score,status,first_seen,explanation,evidence");
        assertThat(jaRows.stream().map(r -> r.replaceAll(",(NEW|PERSISTING|RESOLVED),", ",")).toList())
                .isEqualTo(enRows.stream().map(r -> r.replaceAll(",(NEW|PERSISTING|RESOLVED),", ",")).toList());
        for (String bad : List.of("fr", "JA-JP", "", "en;rm -rf")) {
            CliRun refused = CliRun.of("report", "weekly", "--lang", bad, "--out", tmp.resolve("x").toString());
            assertThat(refused.exitCode()).as(bad).isEqualTo(2);
            assertThat(refused.err().strip()).as(bad).contains("--lang", "en", "ja").doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void importPrintsEachFilesTrueSize() throws java.io.IOException {
        DatasetFiles dataset = DatasetFiles.tiny(tmp.resolve("tiny"));
        CliRun run = CliRun.external("import", dataset.dir().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String file : List.of("brokers.csv", "relations.csv", "individuals.csv")) {
            long size = java.nio.file.Files.size(dataset.dir().resolve(file));
            assertThat(size).as(file).isPositive().isLessThan(1024);
            assertThat(run.err()).as(file).contains("importing " + file + " (" + size + " bytes)");
        }
        assertThat(run.err()).doesNotContain("(0 KiB)");
        assertThat(TerminalProgress.size(0)).isEqualTo("0 bytes");
        assertThat(TerminalProgress.size(1)).isEqualTo("1 byte");
        assertThat(TerminalProgress.size(1023)).isEqualTo("1023 bytes");
        assertThat(TerminalProgress.size(1024)).isEqualTo("1.0 KiB");
        assertThat(TerminalProgress.size(3_482)).isEqualTo("3.4 KiB");
        assertThat(TerminalProgress.size(200 * 1024 + 300)).isEqualTo("200 KiB");
        assertThat(TerminalProgress.size(1024 * 1024 - 100)).isEqualTo("1.0 MiB");
        assertThat(TerminalProgress.size(13_107_200)).isEqualTo("12.5 MiB");
        assertThat(TerminalProgress.size(3L << 30)).isEqualTo("3.0 GiB");
        assertThat(TerminalProgress.size(Long.MAX_VALUE)).endsWith(" TiB");
    }

    @Test
    void importThroughUriPrintsTheSummaryAndExitsZero() {
        DatasetFiles dataset = DatasetFiles.tiny(tmp.resolve("tiny"));
        CliRun run = CliRun.external("import", dataset.dir().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("relations.csv", "total").containsPattern("total\\s+36\\s+36\\s+0");
    }

    @Test
    void importWithRejectedRowsExitsThreeAndWritesTheRejectsWhereAsked() {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("individuals.csv", "id\nP1\nP2\n")
                .file("relations.csv", "src,type,dst\nP1,CONTACT,P2\nP1,CONTACT,NOPE\n");
        Path rejects = tmp.resolve("out/rejected-rows.csv");
        CliRun run = CliRun.external("import", dataset.dir().toString(), "--rejects", rejects.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("unknown id", "1 row set aside").contains(rejects.toString());
        assertThat(rejects).content().contains("relations.csv,3,UNKNOWN_ID");
    }

    @Test
    void missingColumnIsOneLineNamingFileAndColumn() {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d")).file("relations.csv", "src,dst\n");
        CliRun run = CliRun.external("import", dataset.dir().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("kyosei: relations.csv: missing required column 'type'").doesNotContain("\n");
    }

    @Test
    void cypherReadsAndRefusesWrites() {
        CliRun.external("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString());
        CliRun read = CliRun.external("cypher", "MATCH (p:Individual) RETURN p.id AS id, p.name AS name ORDER BY id", "--format", "csv");
        assertThat(read.exitCode()).isZero();
        assertThat(read.out().lines().skip(1).toList()).as("pseudonyms, and no names in the analysts' model")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.of("P1", "P2", "P3", "P4", "P5")
                        .map(id -> CliRun.pseudonym(id) + ",").toList());

        CliRun write = CliRun.external("cypher", "MATCH (p:Individual {id:'P1'}) SET p.name = 'changed' RETURN p");
        assertThat(write.exitCode()).isEqualTo(1);
        assertThat(write.err().strip()).isEqualTo("kyosei: refused: the statement writes to the graph, and only read-only statements may run here");
        CliRun create = CliRun.external("cypher", "CREATE (:Entity {id:'X'})");
        assertThat(create.exitCode()).isEqualTo(1);
        try (var session = org.kyosei.support.SharedNeo4j.driver().session()) {
            assertThat(session.run("MATCH (p {id:'P1'}) RETURN p.name AS n").single().get("n").asString()).isEqualTo("Tran, An");
            assertThat(session.run("MATCH (n:Entity {id:'X'}) RETURN count(n) AS c").single().get("c").asLong()).isZero();
        }
        CliRun admin = CliRun.external("cypher", "SHOW TRANSACTIONS");
        assertThat(admin.exitCode()).isEqualTo(1);
        assertThat(admin.err().strip()).startsWith("kyosei: refused: administrative commands").doesNotContain("\n");
    }

    @Test
    void cypherHonoursTheRowLimitAndReportsSyntaxErrorsInOneLine() {
        CliRun.external("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString());
        CliRun limited = CliRun.external("cypher", "MATCH (n:Entity) RETURN n.id AS id", "--limit", "2", "--format", "json");
        assertThat(limited.exitCode()).isZero();
        assertThat(limited.out().split("\"id\"", -1)).hasSize(3);
        assertThat(limited.err()).contains("stopped at 2 rows");

        CliRun bad = CliRun.external("cypher", "MATC (n) RETURN n");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).startsWith("kyosei: the statement is not valid Cypher").doesNotContain("\tat ");
        assertThat(CliRun.external("cypher", "RETURN 1", "--limit", "0").err()).contains("--limit must be at least 1");
    }

    @Test
    void unreachableUriIsOneLine() {
        CliRun run = CliRun.of("cypher", "RETURN 1", "--uri", "bolt://127.0.0.1:1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("kyosei: Neo4j at bolt://127.0.0.1:1 is unreachable").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(CliRun.of("cypher", "RETURN 1", "--uri", "http://x").err()).contains("not a Neo4j URI");
    }

    @Test
    void lockedEmbeddedStoreIsOneLine() {
        Path store = tmp.resolve("store");
        try (GraphConnection holder = GraphConnection.open(GraphTarget.embedded(store))) {
            CliRun run = CliRun.of("cypher", "RETURN 1", "--db", store.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().strip()).isEqualTo("kyosei: the database " + store + " is in use by another process (stop it, or choose another store with --db)");
        }
    }
}
