package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * Lead explanations in the reader's language: the Japanese ones a weekly report writes to anomalies.json are shown
 * when Japanese is preferred, with the office's pseudonyms and withheld names applied to them as to the English ones.
 */
class LeadLanguageTest {
    @TempDir
    static Path tmp;

    private static final String JSON = """
            {"asOf": "%s", "anomalies": [
              {"subject_id": "B1", "indicator": "front_broker",
               "explanation_ja": "コミュニティC2：仲介業者B1は、O1が支配するE1に労働者を紹介している。"},
              {"subject_id": "P3", "indicator": "gatekeeper", "explanation_ja": ""}
            ]}
            """;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
        Path list = WebFixture.reports().resolve(WebFixture.REPORT_DATE);
        assertThat(list.resolve("anomalies.csv")).exists();
        Files.writeString(list.resolve("anomalies.json"), JSON.formatted(WebFixture.REPORT_DATE), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void removeTheJapanese() throws IOException {
        Files.deleteIfExists(WebFixture.reports().resolve(WebFixture.REPORT_DATE).resolve("anomalies.json"));
    }

    private static JsonNode rows(Role role, String languages) {
        WebFixture.Request request = WebFixture.as(role);
        WebFixture.Answer answer = (languages == null ? request : request.accepting(languages))
                .get("/api/anomalies?asOf=" + WebFixture.REPORT_DATE);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("rows");
    }

    @Test
    void japaneseWhenPreferredEnglishOtherwiseAndAsWrittenWhenTheListHasNoJapanese() {
        assertThat(rows(Role.INVESTIGATOR, "ja-JP,ja;q=0.9,en;q=0.5").get(0).path("explanation").asString())
                .isEqualTo("コミュニティC2：仲介業者B1は、O1が支配するE1に労働者を紹介している。");
        assertThat(rows(Role.INVESTIGATOR, null).get(0).path("explanation").asString()).startsWith("Community C2: broker B1");
        assertThat(rows(Role.INVESTIGATOR, "en-GB,ja;q=0.8").get(0).path("explanation").asString()).startsWith("Community C2");
        assertThat(rows(Role.INVESTIGATOR, "ja").get(1).path("explanation").asString())
                .as("no Japanese for this lead: the English sentence as written").isEqualTo("Ken Sato links community C1 to O1.");
        assertThat(rows(Role.INVESTIGATOR, "ja").get(0).toString()).doesNotContain("explanation_ja");
    }

    @Test
    void theOfficeGetsTheJapaneseSentenceUnderPseudonyms() {
        String office = rows(Role.OFFICE, "ja").get(0).path("explanation").asString();
        assertThat(office).contains("コミュニティ").contains("仲介業者").contains("P-")
                .doesNotContain("B1").doesNotContain("C2").doesNotContain("E1").doesNotContain("O1");
        assertThat(rows(Role.OFFICE, "ja").get(1).path("explanation").asString()).doesNotContain("Ken Sato");
    }
}
