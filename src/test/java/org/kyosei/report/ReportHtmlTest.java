package org.kyosei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** Pseudonymising a lead's sentence: every id of the lead is replaced, wherever punctuation puts it; the cut-off. */
class ReportHtmlTest {
    private static String pseudonym(String id) {
        return "P-" + Integer.toHexString(id.hashCode());
    }

    @Test
    void idsFollowedBySentencePunctuationAreReplaced() {
        Set<String> ids = Set.of("C0007", "O1", "P000216", "B.2:x");
        String text = "Community C0007: 5 people near O1, and P000216. Broker B.2:x.";
        String replaced = ReportHtml.replaceIds(text, ids, ReportHtmlTest::pseudonym);
        assertThat(replaced).doesNotContain("C0007").doesNotContain("P000216").doesNotContain("B.2:x")
                .contains(pseudonym("C0007") + ":").contains(pseudonym("P000216") + ".").contains(pseudonym("B.2:x") + ".");
    }

    @Test
    void wordsThatAreNotIdsStay() {
        String text = "Community C0007: 11% of them through one single first contact.";
        assertThat(ReportHtml.replaceIds(text, Set.of("C0007"), ReportHtmlTest::pseudonym))
                .isEqualTo("Community " + pseudonym("C0007") + ": 11% of them through one single first contact.");
    }

    @Test
    void theReportSaysWhereTheListEndsAndHowManyCandidatesFellBelow() {
        WeeklyRun.CutOff cutOff = new WeeklyRun.CutOff(org.kyosei.detection.Detector.cutOffSentence(),
                Map.of("GATEKEEPER", 7, "FRONT_EMPLOYER", 2), Map.of("FRONT_EMPLOYER", 3));
        WeeklyRun run = new WeeklyRun(LocalDate.of(2026, 11, 29), Instant.EPOCH, "tester", List.of(), List.of(), "nothing",
                cutOff);
        StringWriter out = new StringWriter();
        ReportHtml.write(run, Function.identity(), id -> "", out);
        assertThat(out.toString()).contains("Where the list ends").contains("1 in 20 comparable entities")
                .contains("12 candidates fell below it").contains("9 with weaker evidence, 3 resting on a tie as common")
                .contains("No person is listed for knowing an organization member");
    }

    /** A week with one lead, reviewed, and the audit trail's head. */
    private static String written(ReportText words) {
        WeeklyRun.CutOff cutOff = new WeeklyRun.CutOff(org.kyosei.detection.Detector.cutOffSentence(),
                Map.of("GATEKEEPER", 1), Map.of());
        org.kyosei.detection.Lead lead = new org.kyosei.detection.Lead("B1", org.kyosei.domain.NodeLabel.BROKER, "front_broker", 0.91,
                "Broker B1 places workers with E1.", List.of("B1>E1"));
        AnomalyRow row = new AnomalyRow(1, lead, LeadStatus.NEW, LocalDate.of(2026, 11, 23));
        WeeklyRun run = new WeeklyRun(LocalDate.of(2026, 11, 29), Instant.parse("2026-11-30T01:02:03Z"), "tester", List.of(row),
                List.of(new WeeklyRun.WeekCount(LocalDate.of(2026, 11, 22), Map.of("front_broker", 2)),
                        new WeeklyRun.WeekCount(LocalDate.of(2026, 11, 29), Map.of("front_broker", 1))), "2026-W47", cutOff);
        org.kyosei.review.LeadDecision decision = new org.kyosei.review.LeadDecision("B1", "front_broker",
                org.kyosei.review.Decision.NEEDS_INFORMATION, "ask <the> labour office", "ana", "OFFICE", "C-1",
                Instant.parse("2026-12-01T23:59:00Z"));
        StringWriter out = new StringWriter();
        ReportHtml.write(run, "CASE-9", Map.of(ReportHtml.decisionKey("B1", "front_broker"), decision),
                java.util.Optional.empty(), Function.identity(), id -> "", words, out);
        return out.toString();
    }

    @Test
    void englishIsTheReportAsItWasWritten() {
        String html = written(ReportText.english());
        assertThat(html).contains("<html lang=\"en\">", "<title>Kyosei weekly leads for review 2026-W48</title>",
                "<h1>Weekly leads for review, 2026-W48</h1>",
                "<p class=\"meta\">As of 2026-11-29. Made by tester at 2026-11-30T01:02:03Z for case CASE-9. Compared with 2026-W47.</p>",
                "<h2>Summary</h2><table><tr><th>indicator</th><th>new</th><th>persisting</th><th>resolved</th></tr>",
                "<tr><th>all</th><th>1</th><th>0</th><th>0</th></tr></table>", "<b>1 candidate fell below it</b> this week: 1 with weaker",
                "<table><tr><th>indicator</th><th>below the score</th><th>tie too common</th></tr>", "<h2>Trend</h2><svg", "aria-label=\"leads per indicator over the last weeks\"", "<h2>Leads</h2>",
                "<p class=\"meta\">score 0.9100 &middot; <span class=\"NEW\">NEW</span> &middot; first seen 2026-11-23 (2026-W48)</p>",
                "<p class=\"review\">Review: <b>needs information</b> by ana on 2026-12-01 (case C-1): ask &lt;the&gt; labour office</p>",
                "aria-label=\"evidence\"", "<b>lead for review</b>: recorded structure")
                .doesNotContain("report.").doesNotContain("{0}");
    }

    @Test
    void japaneseWritesTheReportsOwnWordsAndDatesInJapaneseAndLeavesTheLeadsAsTheyAre() {
        String html = written(ReportText.of("ja"));
        assertThat(html).contains("<html lang=\"ja\">", "<h1>週次レビュー対象リード（2026-W48）</h1>",
                "2026年11月29日時点。2026年11月30日 1:02:03（UTC）に tester が作成（事件・目的: CASE-9）。比較対象: 2026-W47。",
                "<h2>概要</h2>", "<th>指標</th><th>新規</th><th>継続</th><th>解消</th>", "<h2>リストの区切り</h2>", "<h2>推移</h2><svg", "aria-label=\"直近の週ごとの指標別リード数\"",
                "<span class=\"NEW\">新規</span>", "初検出 2026年11月23日（2026-W48）",
                "レビュー: ana が 2026年12月1日 に<b>要追加情報</b>（事件・目的: C-1）: ask &lt;the&gt; labour office",
                "aria-label=\"根拠\"", "Broker B1 places workers with E1.")
                .doesNotContain("Weekly leads", "Summary", "candidates fell", "report.", "{0}", "''");
    }

    @Test
    void bothBundlesHaveTheSameReportKeysAndOnlyTwoLanguagesExist() throws java.io.IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties ja = new java.util.Properties();
        try (var a = ReportHtmlTest.class.getResourceAsStream("/i18n/leads_en.properties");
             var b = ReportHtmlTest.class.getResourceAsStream("/i18n/leads_ja.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            ja.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.Set<String> enKeys = new java.util.TreeSet<>(en.stringPropertyNames().stream().filter(k -> k.startsWith("report.")).toList());
        java.util.Set<String> jaKeys = new java.util.TreeSet<>(ja.stringPropertyNames().stream().filter(k -> k.startsWith("report.")).toList());
        assertThat(jaKeys).isEqualTo(enKeys).hasSizeGreaterThan(30);
        for (String bad : new String[] {"fr", "", "EN", "ja-JP", "../en", null}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportText.of(bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use en or ja");
        }
    }
}
