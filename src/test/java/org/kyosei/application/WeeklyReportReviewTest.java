package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.detection.Detector;
import org.kyosei.generate.GeneratorSettings;
import org.kyosei.generate.SyntheticNetworkGenerator;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.review.Decision;
import org.kyosei.review.LeadDecision;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.Neo4jLeadDecisions;
import org.kyosei.support.CliRun;
import org.kyosei.support.SharedNeo4j;
import org.kyosei.wiring.KyoseiContext;

/** A reviewer's decision on a lead shows in the next weekly report, under that lead, with ids pseudonymised. */
class WeeklyReportReviewTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 29);

    @TempDir
    Path tmp;

    @Test
    void theNextReportShowsEachLeadsLatestDecisionAndTheCase() throws Exception {
        GraphConnection graph = SharedNeo4j.emptied();
        Path data = tmp.resolve("data");
        new SyntheticNetworkGenerator(new GeneratorSettings(1500, 8, 3, END)).generate(data, done -> { });
        assertThat(CliRun.external("import", data.toString()).exitCode()).isZero();
        Pseudonymizer pseudonyms = Pseudonymizer.withKey("review-test-key-0123456".getBytes());
        WeeklyReportJob job = KyoseiContext.over(graph).weeklyReport(new Detector(), Optional.of(pseudonyms), Clock.systemUTC())
                .forCase("CASE-77");

        job.run(END.minusWeeks(1), tmp.resolve("week1"));
        List<String> rows = Files.readAllLines(tmp.resolve("week1/anomalies.csv"));
        assertThat(rows).as("the generated network has leads").hasSizeGreaterThan(1);
        String[] lead = rows.get(1).split(",");
        String subject = lead[1];
        String indicator = lead[3];
        new Neo4jLeadDecisions(graph.driver()).record(new LeadDecision(subject, indicator, Decision.NEEDS_INFORMATION,
                "ask the labour office about " + subject + ".", "office", "OFFICE", "CASE-77", Instant.now().minusSeconds(60)));

        job.run(END, tmp.resolve("week2"));
        String html = Files.readString(tmp.resolve("week2/report.html"));
        assertThat(html).contains("Review: <b>needs information</b> by office").contains("(case CASE-77)")
                .contains("ask the labour office about " + pseudonyms.pseudonym(subject) + ".")
                .doesNotContain("about " + subject + ".")
                .contains("for case CASE-77");
        assertThat(Files.readString(tmp.resolve("week2/anomalies.json"))).contains("\"caseReference\" : \"CASE-77\"");
    }
}
