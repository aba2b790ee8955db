package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * The endpoints the role screens need beyond the ones they share: the message bundles, the weeks with a list, the
 * trail's integrity and its search by case and dates, changing a user's role, disabling a user, and logout.
 */
class RoleScreensApiTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    private static HttpResponse<String> messages(String query, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(WebFixture.server().url() + "i18n/messages" + query));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theMessagesOfALanguageAreOpenToAllAndMayBeCached() throws Exception {
        HttpResponse<String> ja = messages("?lang=ja", null);
        assertThat(ja.statusCode()).isEqualTo(200);
        assertThat(WebFixture.JSON.readTree(ja.body()).path("ui.leads.button").asString()).isEqualTo("今週のリード");
        assertThat(ja.headers().firstValue("Cache-Control").orElse("")).contains("max-age=3600").doesNotContain("no-store");
        assertThat(ja.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(WebFixture.JSON.readTree(messages("?lang=en", null).body()).path("ui.leads.button").asString())
                .isEqualTo("This week’s leads");
        assertThat(WebFixture.JSON.readTree(messages("", "ja-JP,ja;q=0.9,en;q=0.8").body()).path("ui.logout").asString())
                .isEqualTo("ログアウト");
        assertThat(WebFixture.JSON.readTree(messages("", "fr-FR,de;q=0.5").body()).path("ui.logout").asString()).isEqualTo("Log out");
        for (String bad : new String[] {"?lang=xx", "?lang=%27%3Cscript%3E", "?lang=" + "j".repeat(5000)}) {
            HttpResponse<String> refused = messages(bad, null);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).doesNotContain("<script").doesNotContain("Exception");
        }
        int before = WebFixture.audit().events().size();
        messages("?lang=ja", null);
        assertThat(WebFixture.audit().events()).as("fetching messages is no access to data").hasSize(before);
    }

    /** The browser is sent every key of the three bundles of its language, as when they were one file per language. */
    @Test
    void theMessagesOfALanguageAreTheKeysOfAllItsBundles() throws Exception {
        for (String lang : MessagesController.LANGUAGES) {
            java.util.Set<String> files = new java.util.TreeSet<>();
            for (String bundle : new String[] {"messages", "problems", "leads"}) {
                java.util.Properties p = new java.util.Properties();
                try (var in = RoleScreensApiTest.class.getResourceAsStream("/i18n/" + bundle + "_" + lang + ".properties")) {
                    p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                files.addAll(p.stringPropertyNames());
            }
            JsonNode served = WebFixture.JSON.readTree(messages("?lang=" + lang, null).body());
            java.util.Set<String> keys = new java.util.TreeSet<>(served.propertyNames());
            assertThat(keys).as(lang).isEqualTo(files).contains("ui.logout", "problem.title.400", "lead.front.broker", "report.title");
        }
        assertThat(WebFixture.JSON.readTree(messages("?lang=ja", null).body()).path("problem.title.400").asString())
                .isEqualTo(org.kyosei.security.ProblemMessages.title(java.util.Locale.JAPANESE, 400));
    }

    @Test
    void theWeeksWithAListAreCountedByStatusAndIndicatorOnly() {
        JsonNode weeks = WebFixture.as(Role.OFFICE).get("/api/anomalies/weeks").json().path("weeks");
        assertThat(weeks).hasSize(3);
        assertThat(weeks.get(2).path("asOf").asString()).isEqualTo("2026-09-20");
        assertThat(weeks.get(1).path("asOf").asString()).isEqualTo(WebFixture.REPORT_DATE);
        assertThat(weeks.get(0).path("asOf").asString()).as("the latest first").isEqualTo(LocalDate.now().toString());
        JsonNode latest = weeks.get(0);
        assertThat(latest.path("leads").asInt()).isEqualTo(2);
        assertThat(latest.path("byStatus").path("NEW").asInt()).isEqualTo(1);
        assertThat(latest.path("byStatus").path("PERSISTING").asInt()).isEqualTo(1);
        assertThat(latest.path("byIndicator").path("front_broker").asInt()).isEqualTo(1);
        assertThat(weeks.toString()).doesNotContain("B1").doesNotContain("P3");
        assertThat(WebFixture.audit().last().resultIds()).isEmpty();
    }

    @Test
    void theAuditorSeesWhetherTheTrailIsIntactAndSearchesItByCaseAndDates() {
        new WebFixture.Request(WebFixture.user(Role.INVESTIGATOR), WebFixture.password(Role.INVESTIGATOR), "CASE-API-7")
                .get("/api/entities/B1");
        JsonNode verified = WebFixture.as(Role.AUDITOR).get("/api/audit/verify").json();
        assertThat(verified.path("intact").asBoolean()).isTrue();
        assertThat(verified.path("records").asLong()).isPositive();
        assertThat(verified.path("problem").asString()).isEmpty();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode byCase = WebFixture.as(Role.AUDITOR).get("/api/audit?case=CASE-API-7&since=" + today + "&until=" + today).json();
        assertThat(byCase.path("total").asInt()).isEqualTo(1);
        assertThat(byCase.path("records").get(0).path("user").asString()).isEqualTo("investigator");
        assertThat(byCase.path("records").get(0).path("caseReference").asString()).isEqualTo("CASE-API-7");
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertThat(WebFixture.as(Role.AUDITOR).get("/api/audit?case=CASE-API-7&until=" + yesterday).json().path("total").asInt()).isZero();
        assertThat(WebFixture.as(Role.AUDITOR).get("/api/audit?case=CASE-API-7&until=" + today + "T23:59:59Z").json()
                .path("total").asInt()).isEqualTo(1);
        WebFixture.Answer bad = WebFixture.as(Role.AUDITOR).get("/api/audit?until=2026-13-45");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).startsWith("until: ").doesNotContain("Exception");
    }

    @Test
    void anAdministratorChangesARoleAndDisablesAUserWhoseLoginsThenFail() {
        String password = "Tsuru-lantern-orchid-58";
        assertThat(WebFixture.as(Role.ADMIN).put("/api/users/kaori", "{\"role\": \"ANALYST\", \"password\": \"" + password + "\"}")
                .status()).isEqualTo(200);
        WebFixture.Request kaori = new WebFixture.Request("kaori", password, "CASE-2026-001");
        assertThat(kaori.get("/api/me").json().path("role").asString()).isEqualTo("ANALYST");

        assertThat(WebFixture.as(Role.ADMIN).put("/api/users/kaori/role", "{\"role\": \"OFFICE\"}").status()).isEqualTo(200);
        assertThat(kaori.get("/api/me").json().path("role").asString()).as("the password is kept").isEqualTo("OFFICE");
        assertThat(WebFixture.as(Role.ADMIN).put("/api/users/kaori/role", "{\"role\": \"ROOT\"}").status()).isEqualTo(400);
        assertThat(WebFixture.as(Role.ADMIN).put("/api/users/kaori/role", "{}").status()).isEqualTo(400);
        assertThat(WebFixture.as(Role.ADMIN).put("/api/users/nobody-here/role", "{\"role\": \"OFFICE\"}").status()).isEqualTo(404);

        assertThat(WebFixture.as(Role.ADMIN).post("/api/users/kaori/disable", null).json().path("disabled").asBoolean()).isTrue();
        assertThat(kaori.get("/api/me").status()).isEqualTo(401);
        JsonNode users = WebFixture.as(Role.ADMIN).get("/api/users").json();
        JsonNode listed = null;
        for (JsonNode user : users) {
            if (user.path("name").asString().equals("kaori")) {
                listed = user;
            }
            assertThat(user.has("passwordHash")).isFalse();
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("disabled").asBoolean()).isTrue();
        assertThat(WebFixture.as(Role.ADMIN).post("/api/users/admin/disable", null).status()).as("not oneself").isEqualTo(400);
        assertThat(WebFixture.as(Role.ADMIN).post("/api/users/nobody-here/disable", null).status()).isEqualTo(404);

        String renewed = "Hoshi-kettle-meadow-731";
        assertThat(WebFixture.as(Role.ADMIN).put("/api/users/kaori", "{\"role\": \"OFFICE\", \"password\": \"" + renewed + "\"}")
                .status()).isEqualTo(200);
        assertThat(new WebFixture.Request("kaori", renewed, "CASE-2026-001").get("/api/me").status()).as("a new password enables")
                .isEqualTo(200);
        assertThat(kaori.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void logoutIsRecorded() {
        assertThat(WebFixture.as(Role.ANALYST).post("/api/logout", null).status()).isEqualTo(204);
        assertThat(WebFixture.audit().last().action()).isEqualTo("POST /api/logout");
        assertThat(WebFixture.audit().last().user()).isEqualTo("analyst");
        assertThat(WebFixture.anonymous().post("/api/logout", null).status()).isEqualTo(401);
    }
}
