package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Ids inside free text are found however the sentence's punctuation touches them. */
class IdTokensTest {
    private static final Set<String> KNOWN = Set.of("C7", "B1", "E1", "ORG:12", "E1-2", "ACC.9");

    private static String replace(String text) {
        return IdTokens.replace(text, KNOWN::contains, id -> "<" + id + ">");
    }

    @Test
    void idsBeforePunctuationAreFound() {
        assertThat(replace("Community C7: broker B1 places workers with E1.")).isEqualTo("Community <C7>: broker <B1> places workers with <E1>.");
        assertThat(replace("(C7's employer E1-linked; see B1.)")).isEqualTo("(<C7>'s employer <E1>-linked; see <B1>.)");
        assertThat(replace("C7:B1-E1")).isEqualTo("<C7>:<B1>-<E1>");
        assertThat(replace("C7...")).isEqualTo("<C7>...");
    }

    @Test
    void theLongestKnownIdWinsAndUnknownWordsStay() {
        assertThat(replace("E1-2 and ORG:12 and ACC.9.")).isEqualTo("<E1-2> and <ORG:12> and <ACC.9>.");
        assertThat(replace("C77 XC7 C7x B12")).isEqualTo("C77 XC7 C7x B12");
        assertThat(replace("no ids here")).isEqualTo("no ids here");
    }

    @Test
    void candidatesCoverEveryPieceBetweenMarks() {
        assertThat(IdTokens.candidates("C7: E1-linked.")).contains("C7", "E1", "E1-linked", "linked", "C7:", "E1-linked.");
    }
}
