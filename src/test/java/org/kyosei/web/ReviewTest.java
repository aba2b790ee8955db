package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.application.AnomalyLists;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.security.Role;

import tools.jackson.databind.JsonNode;

/** Lead review, opening a lead with a reason, the AUDITOR's trail and ISO-week report folders, over real HTTP. */
class ReviewTest {
    @TempDir
    static Path tmp;

    private static final WebFixture.Request INVESTIGATOR = WebFixture.as(Role.INVESTIGATOR);
    private static final WebFixture.Request OFFICE = WebFixture.as(Role.OFFICE);
    private static final WebFixture.Request AUDITOR = WebFixture.as(Role.AUDITOR);
    private static String p3;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
        p3 = WebFixture.server().bean(Pseudonymizer.class).pseudonym("P3");
    }

    private static String decision(String subject, String indicator, String decision, String reason) {
        return WebFixture.JSON.writeValueAsString(java.util.Map.of("subject", subject, "indicator", indicator, "decision", decision,
                "reason", reason, "asOf", WebFixture.REPORT_DATE));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void reportFoldersNamedByIsoWeekOrByDate() {
        assertThat(AnomalyLists.dateOf("2026-W48")).contains(LocalDate.of(2026, 11, 29));
        assertThat(AnomalyLists.dateOf("2026-W01")).contains(LocalDate.of(2026, 1, 4));
        assertThat(AnomalyLists.dateOf("2020-W53")).contains(LocalDate.of(2021, 1, 3));
        assertThat(AnomalyLists.dateOf("2025-W53")).isEmpty(); // 2025 has 52 ISO weeks
        assertThat(AnomalyLists.dateOf("2026-W53")).contains(LocalDate.of(2027, 1, 3)); // 2026 has 53
        assertThat(AnomalyLists.dateOf("2026-W00")).isEmpty();
        assertThat(AnomalyLists.dateOf("2026-11-29")).contains(LocalDate.of(2026, 11, 29));
        assertThat(AnomalyLists.dateOf("2026-13-40")).isEmpty();
        assertThat(AnomalyLists.dateOf("notes")).isEmpty();
        // the fixture's 2026-W38 folder answers for any day of that week, dated its Sunday
        JsonNode list = INVESTIGATOR.get("/api/anomalies?asOf=2026-09-15").json();
        assertThat(list.path("asOf").asString()).isEqualTo("2026-09-20");
        assertThat(list.path("rows").size()).isEqualTo(2);
        assertThat(INVESTIGATOR.get("/api/anomalies?asOf=2026-09-21").status()).isEqualTo(404);
    }

    @Test
    void leadsAreDecidedWithAReasonAndListedAsOfADate() {
        WebFixture.Answer confirmed = INVESTIGATOR.post("/api/anomalies/decisions", decision("B1", "front_broker", "confirmed",
                "Placements match the labour inspection record"));
        assertThat(confirmed.status()).as(confirmed.response().body()).isEqualTo(200);
        assertThat(confirmed.json().path("subject").asString()).isEqualTo("B1");
        assertThat(confirmed.json().path("decision").asString()).isEqualTo("CONFIRMED");
        assertThat(WebFixture.audit().last().parameters()).containsEntry("decision", "CONFIRMED").containsEntry("subject", "B1");
        assertThat(WebFixture.audit().last().resultIds()).containsExactly("B1");

        // OFFICE names the lead by its pseudonym; the decision is kept with the real id
        WebFixture.Answer needsInfo = OFFICE.post("/api/anomalies/decisions", decision(p3, "gatekeeper", "NEEDS_INFORMATION",
                "Ask the community liaison first"));
        assertThat(needsInfo.status()).as(needsInfo.response().body()).isEqualTo(200);
        assertThat(needsInfo.json().path("subject").asString()).isEqualTo(p3);
        WebFixture.Answer dismissed = INVESTIGATOR.post("/api/anomalies/decisions", decision("P3", "gatekeeper", "dismissed",
                "Ken Sato is the association's interpreter"));
        assertThat(dismissed.status()).isEqualTo(200);

        JsonNode asInvestigator = INVESTIGATOR.get("/api/anomalies/decisions").json();
        assertThat(texts(asInvestigator.path("decisions"), "subject")).containsExactly("B1", "P3");
        assertThat(texts(asInvestigator.path("decisions"), "decision")).containsExactly("CONFIRMED", "DISMISSED");
        JsonNode asOffice = OFFICE.get("/api/anomalies/decisions").json();
        assertThat(asOffice.path("pseudonymous").asBoolean()).isTrue();
        assertThat(texts(asOffice.path("decisions"), "subject")).doesNotContain("B1", "P3").contains(p3);
        assertThat(asOffice.toString()).doesNotContain("Ken Sato");
        // nothing was decided before today
        assertThat(INVESTIGATOR.get("/api/anomalies/decisions?asOf=2020-01-01").json().path("decisions").size()).isZero();
    }

    @Test
    void badDecisionsAreRefusedNamingTheField() {
        assertThat(INVESTIGATOR.post("/api/anomalies/decisions", decision("B1", "front_broker", "maybe", "a reason"))
                .json().path("parameter").asString()).isEqualTo("decision");
        assertThat(INVESTIGATOR.post("/api/anomalies/decisions", decision("B1", "front_broker", "CONFIRMED", " "))
                .json().path("parameter").asString()).isEqualTo("reason");
        assertThat(INVESTIGATOR.post("/api/anomalies/decisions", decision("B1", "front_broker", "CONFIRMED", "x".repeat(501)))
                .json().path("parameter").asString()).isEqualTo("reason");
        assertThat(INVESTIGATOR.post("/api/anomalies/decisions", decision("", "front_broker", "CONFIRMED", "a reason"))
                .json().path("parameter").asString()).isEqualTo("subject");
        assertThat(INVESTIGATOR.post("/api/anomalies/decisions", decision("B1", "gatekeeper", "CONFIRMED", "a reason")).status())
                .isEqualTo(404);
        // OFFICE cannot probe real ids
        assertThat(OFFICE.post("/api/anomalies/decisions", decision("B1", "front_broker", "CONFIRMED", "a reason")).status())
                .isEqualTo(404);
        assertThat(INVESTIGATOR.post("/api/anomalies/decisions", "{not json").status()).isEqualTo(400);
        assertThat(INVESTIGATOR.get("/api/anomalies/decisions?asOf=yesterday").json().path("parameter").asString()).isEqualTo("asOf");
    }

    @Test
    void decisionsNeedACaseReference() {
        int before = INVESTIGATOR.get("/api/anomalies/decisions").json().path("decisions").size();
        for (WebFixture.Answer refused : List.of(
                INVESTIGATOR.withoutCase().post("/api/anomalies/decisions", decision("B1", "front_broker", "CONFIRMED", "no case given")),
                OFFICE.withoutCase().post("/api/anomalies/decisions", decision(p3, "gatekeeper", "DISMISSED", "no case given")),
                new WebFixture.Request(INVESTIGATOR.user(), INVESTIGATOR.password(), "<b>").post("/api/anomalies/decisions",
                        decision("B1", "front_broker", "CONFIRMED", "a bad case reference")))) {
            assertThat(refused.status()).as(refused.response().body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
            assertThat(refused.json().path("parameter").asString()).isEqualTo("X-Kyosei-Case");
            assertThat(WebFixture.audit().last().outcome()).isEqualTo("REJECTED");
        }
        assertThat(INVESTIGATOR.get("/api/anomalies/decisions").json().path("decisions").size()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void officeOpensALeadWithAReasonAndACase() {
        String path = "/api/anomalies/" + p3 + "/open?asOf=" + WebFixture.REPORT_DATE;
        WebFixture.Answer opened = OFFICE.get(path + "&reason=" + enc("Weekly review meeting"));
        assertThat(opened.status()).as(opened.response().body()).isEqualTo(200);
        assertThat(opened.json().path("rows").get(0).path("subject_id").asString()).isEqualTo("P3");
        assertThat(opened.json().path("rows").get(0).path("explanation").asString()).contains("Ken Sato");
        assertThat(texts(opened.json().path("entities"), "id")).containsExactly("P3", "P5", "O1", "ADDR1");
        assertThat(WebFixture.audit().last().parameters()).containsEntry("reason", "Weekly review meeting");
        assertThat(WebFixture.audit().last().caseReference()).isEqualTo("CASE-2026-001");
        assertThat(WebFixture.audit().last().resultIds()).contains("P3", "O1");

        assertThat(OFFICE.get(path).json().path("parameter").asString()).isEqualTo("reason");
        assertThat(OFFICE.withoutCase().get(path + "&reason=why").json().path("parameter").asString()).isEqualTo("X-Kyosei-Case");
        assertThat(OFFICE.get("/api/anomalies/P3/open?reason=curious&asOf=" + WebFixture.REPORT_DATE).status()).isEqualTo(404);
        assertThat(INVESTIGATOR.get(path + "&reason=why").status()).isEqualTo(403);
    }

    @Test
    void auditorReadsTheTrailFilteredAndTheReadIsAudited() {
        INVESTIGATOR.get("/api/entities/P1");
        JsonNode all = AUDITOR.get("/api/audit?subject=P1&user=investigator").json();
        assertThat(all.path("total").asInt()).isPositive();
        List<String> actions = texts(all.path("records"), "action");
        assertThat(actions).contains("GET /api/entities/{id}");
        all.path("records").forEach(r -> assertThat(r.path("user").asString()).isEqualTo("investigator"));
        assertThat(AUDITOR.get("/api/audit?since=2999-01-01").json().path("total").asInt()).isZero();
        JsonNode limited = AUDITOR.get("/api/audit?limit=1").json();
        assertThat(limited.path("records").size()).isEqualTo(1);
        assertThat(limited.path("truncated").asBoolean()).isTrue();
        assertThat(AUDITOR.get("/api/audit?since=last-week").json().path("parameter").asString()).isEqualTo("since");
        assertThat(AUDITOR.get("/api/audit?limit=0").json().path("parameter").asString()).isEqualTo("limit");
        // the auditor's own reads are in the trail
        JsonNode own = AUDITOR.get("/api/audit?user=auditor").json();
        assertThat(texts(own.path("records"), "action")).contains("GET /api/audit");
        assertThat(INVESTIGATOR.get("/api/audit").status()).isEqualTo(403);
    }

    @Test
    void aRejectedLongCaseHeaderIsStoredCutAndTheTrailAsJsonCarriesNoRawControlCharacter() {
        WebFixture.Request longCase = new WebFixture.Request("investigator", WebFixture.password(org.kyosei.security.Role.INVESTIGATOR), "C".repeat(5000));
        assertThat(longCase.get("/api/entities/P1").status()).isEqualTo(400);
        assertThat(WebFixture.audit().last().caseReference()).isEqualTo("C".repeat(200) + "…(5000 characters)");

        INVESTIGATOR.get("/api/entities/P1?note=" + enc("\u0000\u001b[2J\u001b]0;owned\u0007"));
        WebFixture.Answer trail = AUDITOR.get("/api/audit?user=investigator");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.response().body().chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != ' ')).isEmpty();
        assertThat(trail.response().body()).containsIgnoringCase("\\u001b[2J").containsIgnoringCase("\\u0000");
        List<String> notes = new ArrayList<>();
        trail.json().path("records").forEach(r -> notes.add(r.path("parameters").path("note").asString("")));
        assertThat(notes).as("JSON escapes and still gives the stored value").contains("\u0000\u001b[2J\u001b]0;owned\u0007");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asString()));
        return values;
    }
}
