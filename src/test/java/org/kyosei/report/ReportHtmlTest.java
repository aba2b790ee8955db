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
}
