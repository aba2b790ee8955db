package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.Role;

/** Every date parameter of the API follows the one rule (YYYY-MM-DD, years 1900-2999): a 400 problem naming it otherwise. */
class DateParameterHttpTest {
    @TempDir
    static Path tmp;

    static final List<String> REFUSED = List.of("0000-01-01", "-2026-01-01", "+2026-01-01", "10000-01-01", "1899-12-31", "3000-01-01",
            "2026-02-30", "2026-1-1", "yesterday");

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    /** A request with a date in it, the parameter the problem must name, and who asks. */
    record Use(Role role, String method, String path, String body, String parameter) {
        WebFixture.Answer send(String date) {
            String query = URLEncoder.encode(date, StandardCharsets.UTF_8);
            String text = body == null ? null : body.replace("DATE", date);
            return WebFixture.as(role).send(method, path.replace("DATE", query), text);
        }
    }

    static final List<Use> USES = List.of(
            new Use(Role.INVESTIGATOR, "GET", "/api/entities/P1/neighbourhood?asOf=DATE", null, "asOf"),
            new Use(Role.INVESTIGATOR, "GET", "/api/paths?from=P1&to=P5&asOf=DATE", null, "asOf"),
            new Use(Role.INVESTIGATOR, "GET", "/api/paths/network?ids=P1,P5&asOf=DATE", null, "asOf"),
            new Use(Role.INVESTIGATOR, "GET", "/api/brokers/B1/panel?asOf=DATE", null, "asOf"),
            new Use(Role.OFFICE, "GET", "/api/anomalies?asOf=DATE", null, "asOf"),
            new Use(Role.OFFICE, "GET", "/api/anomalies/decisions?asOf=DATE", null, "asOf"),
            new Use(Role.OFFICE, "GET", "/api/anomalies/P-x/open?reason=review&asOf=DATE", null, "asOf"),
            new Use(Role.INVESTIGATOR, "POST", "/api/anomalies/decisions", "{\"subject\": \"B1\", \"indicator\": \"front_broker\", "
                    + "\"decision\": \"CONFIRMED\", \"reason\": \"date check\", \"asOf\": \"DATE\"}", "asOf"),
            new Use(Role.AUDITOR, "GET", "/api/audit?since=DATE", null, "since"),
            new Use(Role.ANALYST, "POST", "/api/queries/shared-identifiers", "{\"parameters\": {\"minUsers\": 2, \"asOf\": \"DATE\"}}",
                    "parameters"));

    @Test
    void everyDateParameterRefusesSignedZeroAndFarYearsNamingTheParameter() {
        List<String> wrong = new ArrayList<>();
        for (Use use : USES) {
            for (String date : REFUSED) {
                WebFixture.Answer answer = use.send(date);
                String body = answer.response().body();
                if (answer.status() != 400 || answer.json() == null || !use.parameter().equals(answer.json().path("parameter").asString())
                        || !answer.json().path("detail").asString().contains("YYYY-MM-DD from 1900-01-01 to 2999-12-31")
                        || body.contains("Exception")) {
                    wrong.add(use.method() + " " + use.path() + " with " + date + ": " + answer.status() + " " + body);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theFirstAndLastDaysOfTheRangeAreAnswered() {
        for (String date : List.of("1900-01-01", "2999-12-31")) {
            assertThat(USES.getFirst().send(date).status()).as(date).isEqualTo(200);
            assertThat(USES.get(8).send(date).status()).as(date).isEqualTo(200);
        }
    }
}
