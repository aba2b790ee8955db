package org.kyosei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Pseudonymising a lead's sentence: every id of the lead is replaced, wherever punctuation puts it. */
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
}
