package org.kyosei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.support.CliRun;
import org.kyosei.audit.TrailReader;
import org.kyosei.support.SharedNeo4j;
import org.kyosei.support.SystemErr;
import org.neo4j.driver.Session;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * detect, report weekly and evaluate on a small generated dataset in the real embedded Neo4j,
 * imported once for the class: the anomalies.csv format and the quality bar, a permutation of the
 * protected attributes in the store, NEW/PERSISTING/RESOLVED over two weeks (the last test ends a
 * lead's relationships, so it runs last), and bad input for evaluate.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DetectionCommandsTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 29);
    private static final GeneratorSettings SETTINGS = new GeneratorSettings(1500, 12, 7, END);

    @TempDir
    static Path shared;
    private static Path data;

    @TempDir
    Path temp;

    @BeforeAll
    static void generateAndImportOnce() throws Exception {
        data = shared.resolve("data");
        new SyntheticNetworkGenerator(SETTINGS, 0).generate(data, null);
        SharedNeo4j.emptied();
        CliRun imported = cli("import", data.toString());
        assertThat(imported.exitCode()).as(imported.err()).isIn(0, 3);
    }

    private static CliRun cli(String... args) {
        return CliRun.external(args);
    }

    private static CliRun evaluate(Path anomalies) {
        return CliRun.of("evaluate", "--truth", data.resolve("truth.csv").toString(), "--anomalies", anomalies.toString(),
                "--lookalikes", data.resolve("lookalikes.csv").toString());
    }

    @Test
    @Order(1)
    void detectFindsThePlantedCasesWithTheBenignLookAlikesOutsideTheWindows() throws Exception {
        Path anomalies = temp.resolve("anomalies.csv");
        CliRun detect = cli("detect", "--as-of", END.toString(), "--out", anomalies.toString());
        assertThat(detect.exitCode()).as(detect.err()).isZero();
        List<String> lines = Files.readAllLines(anomalies, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("rank,subject_id,subject_label,indicator,score,status,first_seen,explanation,evidence");
        assertThat(lines).hasSizeGreaterThan(7);
        assertThat(lines.get(1)).startsWith("1,").contains(",NEW,");

        CliRun evaluate = evaluate(anomalies);
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("look-alikes: all").contains("related leads set aside");
        String[] all = evaluate.out().lines().filter(l -> l.startsWith("all")).findFirst().orElseThrow().trim().split("\\s+");
        double found = Double.parseDouble(all[2]);
        double cases = Double.parseDouble(all[1]);
        assertThat(found / cases).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    @Order(1)
    void timingsAndExplanationsGoToStandardErrorAndLeaveTheLeadsAlone() throws Exception {
        Path plain = temp.resolve("plain.csv");
        Path diagnosed = temp.resolve("diagnosed.csv");
        assertThat(cli("detect", "--as-of", END.toString(), "--out", plain.toString()).exitCode()).isZero();
        String subject = Files.readAllLines(plain, StandardCharsets.UTF_8).get(1).split(",")[1];

        SystemErr.Captured<CliRun> run = SystemErr.capture(() -> cli("detect", "--as-of", END.toString(), "--out",
                diagnosed.toString(), "--timings", "--explain", subject + ",NOBODY"));
        assertThat(run.value().exitCode()).as(run.value().err()).isZero();
        assertThat(Files.readAllBytes(diagnosed)).as("the same leads").isEqualTo(Files.readAllBytes(plain));
        List<String> lines = run.text().lines().toList();
        assertThat(lines).as("the load, then each indicator's time")
                .anyMatch(line -> line.matches("load \\d+ ms, \\d+ nodes, \\d+ relationships"))
                .anyMatch(line -> line.matches("FRONT_BROKER \\d+ ms"));
        assertThat(lines).as("the subject's candidate leads").anyMatch(line -> line.startsWith(END + " ")
                && line.contains(" score ") && line.contains(" rarity ") && line.contains("admitted"));
        assertThat(lines).noneMatch(line -> line.contains("NOBODY"));
        assertThat(new TrailReader(Path.of(CliRun.ENVIRONMENT.get("KYOSEI_AUDIT_DIR").orElseThrow())).read(r -> true).getLast())
                .as("the explained ids are in the run's audit record")
                .satisfies(last -> assertThat(last.ids()).containsExactly(subject, "NOBODY"));

        SystemErr.Captured<CliRun> quiet = SystemErr.capture(() -> cli("detect", "--as-of", END.toString(), "--out",
                diagnosed.toString()));
        assertThat(quiet.text()).as("nothing on stderr unless asked for").doesNotContain(" ms").doesNotContain(subject);
    }

    @Test
    @Order(2)
    void permutingProtectedAttributesInTheStoreLeavesAnomaliesByteIdentical() throws Exception {
        Path before = temp.resolve("before.csv");
        Path after = temp.resolve("after.csv");
        assertThat(cli("detect", "--as-of", END.toString(), "--out", before.toString()).exitCode()).isZero();
        String fingerprint = "MATCH (p:Individual) WITH p ORDER BY p.id "
                + "RETURN collect(coalesce(p.nationality, '') + '/' + coalesce(p.residence_status, '') + '/' "
                + "+ coalesce(p.language, '')) AS values";
        Object original;
        try (Session session = SharedNeo4j.driver().session()) {
            original = session.run(fingerprint).single().get(0).asObject();
            // Each person takes the next person's nationality, residence status and language.
            session.run("""
                    MATCH (p:Individual) WITH p ORDER BY p.id
                    WITH collect(p) AS people
                    WITH people, [p IN people | [p.nationality, p.residence_status, p.language]] AS values
                    UNWIND range(0, size(people) - 1) AS i
                    WITH people[i] AS p, values[(i + 1) % size(people)] AS v
                    SET p.nationality = v[0], p.residence_status = v[1], p.language = v[2]
                    """).consume();
            assertThat(session.run(fingerprint).single().get(0).asObject()).isNotEqualTo(original);
        }
        assertThat(cli("detect", "--as-of", END.toString(), "--out", after.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
    }

    @Test
    @Order(3)
    void twoWeeksGiveNewPersistingAndResolvedLeads() throws Exception {
        Path week1 = temp.resolve("reports/week1");
        Path week2 = temp.resolve("reports/week2");
        CliRun first = cli("report", "weekly", "--as-of", END.minusWeeks(1).toString(), "--out", week1.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        String firstCsv = Files.readString(week1.resolve("anomalies.csv"));
        String ended = firstCsv.lines().filter(l -> l.contains(",Broker,FRONT_BROKER,")).findFirst().orElseThrow().split(",")[1];

        // The broker of last week's lead stops all its activity three days before this week's date.
        try (Session session = SharedNeo4j.driver().session()) {
            session.run("MATCH (b:Entity {id: $id})-[r]-() SET r.until = $day",
                    Map.of("id", ended, "day", END.minusDays(3))).consume();
        }
        CliRun second = cli("report", "weekly", "--as-of", END.toString(), "--out", week2.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("stored run as of " + END.minusWeeks(1));
        String csv = Files.readString(week2.resolve("anomalies.csv"));
        assertThat(csv).contains(",PERSISTING,").contains(",NEW,");
        String resolved = csv.lines().filter(l -> l.contains("," + ended + ",")).findFirst().orElseThrow();
        assertThat(resolved).contains(",FRONT_BROKER,").contains(",RESOLVED,");
        String firstSeen = firstCsv.lines().filter(l -> l.contains("," + ended + ",Broker,FRONT_BROKER,"))
                .findFirst().orElseThrow().split(",")[6];
        assertThat(resolved.split(",")[6]).isEqualTo(firstSeen);

        assertThat(Files.readString(week2.resolve("anomalies.json"))).contains("\"createdBy\"").contains("\"asOf\" : \"" + END + "\"");
        String html = Files.readString(week2.resolve("report.html"));
        assertThat(html).contains("<svg").contains("lead for review").doesNotContain("<script", " src=");
        String firstSubject = csv.lines().skip(1).findFirst().orElseThrow().split(",")[1];
        assertThat(html).as("pseudonymous ids by default").contains("P-").doesNotContain(">" + firstSubject + "<");

        assertThat(week2.resolve("audit-anchor.json")).as("each report carries the trail's head, signed").exists();
        assertThat(Files.readString(week2.resolve("anomalies.json"))).contains("\"auditHead\"");
        assertThat(html).contains("The audit trail stood at record ");
        CliRun verify = CliRun.of("audit", "verify", "--anchor", temp.resolve("reports").toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains(" signed anchors checked (key ");

        CliRun evaluate = evaluate(week2.resolve("anomalies.csv"));
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("look-alikes: all");

        // Every lead found this week is explained in Japanese too: in anomalies.json, and in report.html with --lang ja.
        java.util.regex.Pattern japanese = java.util.regex.Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff]");
        JsonNode rows = JsonMapper.builder().build().readTree(week2.resolve("anomalies.json").toFile()).path("anomalies");
        int current = 0;
        for (JsonNode row : rows) {
            if (!row.path("status").asString().equals("RESOLVED")) {
                current++;
                assertThat(japanese.matcher(row.path("explanation_ja").asString()).find()).as(row.toString()).isTrue();
                assertThat(row.path("explanation_ja").asString()).contains(row.path("subject_id").asString());
            }
        }
        assertThat(current).isPositive();
        Path japaneseWeek = temp.resolve("reports/week2-ja");
        CliRun ja = cli("report", "weekly", "--as-of", END.toString(), "--lang", "ja", "--out", japaneseWeek.toString());
        assertThat(ja.exitCode()).as(ja.err()).isZero();
        String jaHtml = Files.readString(japaneseWeek.resolve("report.html"));
        // A RESOLVED lead is read back from last week's stored run, which keeps its English sentence only.
        java.util.regex.Matcher lead = java.util.regex.Pattern.compile("<div class=\"lead\">.*?\n(.*?)\n<p>(.*?)</p>").matcher(jaHtml);
        int explained = 0;
        while (lead.find()) {
            if (!lead.group(1).contains("class=\"RESOLVED\"")) {
                explained++;
                assertThat(japanese.matcher(lead.group(2)).find()).as(lead.group(2)).isTrue();
            }
        }
        assertThat(explained).isEqualTo(current);
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

        Path good = temp.resolve("good.csv");
        Files.writeString(good, "rank,subject_id,subject_label,indicator,score,status,first_seen,explanation,evidence\n"
                + "1,B1,Broker,FRONT_BROKER,0.9,NEW,2026-11-29,x,B1\n");
        Path badRelated = temp.resolve("related-bad.csv");
        Files.writeString(badRelated, "subject_id,since\nC1,2026-11-01\n");
        CliRun related = CliRun.of("evaluate", "--truth", truth.toString(), "--anomalies", good.toString(),
                "--related", badRelated.toString());
        assertThat(related.exitCode()).isEqualTo(1);
        assertThat(related.err().strip()).contains("related-bad.csv").contains("missing column 'pattern'").doesNotContain("\n");
        CliRun fine = CliRun.of("evaluate", "--truth", truth.toString(), "--anomalies", good.toString());
        assertThat(fine.exitCode()).as(fine.err()).isZero();
        assertThat(fine.out()).contains("FRONT_BROKER").doesNotContain("related leads");
    }
}
