package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.Role;

import tools.jackson.databind.JsonNode;

/** The weeks that have an anomaly list: a client asks for one that exists, such as the demo's last Sunday on a Monday. */
class AnomalyWeeksTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    private static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Test
    void everyListedWeekHasItsListTheLatestFirst() {
        for (Role role : List.of(Role.INVESTIGATOR, Role.OFFICE)) {
            WebFixture.Answer answer = WebFixture.as(role).get("/api/anomalies/weeks");
            assertThat(answer.status()).isEqualTo(200);
            List<String> weeks = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            for (JsonNode week : answer.json().path("weeks")) {
                LocalDate asOf = LocalDate.parse(week.path("asOf").asString());
                dates.add(asOf);
                weeks.add(week.path("isoWeek").asString());
                assertThat(week.path("isoWeek").asString()).isEqualTo(isoWeek(asOf));
                JsonNode list = WebFixture.as(role).get("/api/anomalies?asOf=" + asOf).json();
                assertThat(list.path("asOf").asString()).isEqualTo(asOf.toString());
                assertThat(list.path("rows").size()).isEqualTo(week.path("leads").asInt());
            }
            assertThat(weeks).contains(isoWeek(LocalDate.now()), "2026-W42", WebFixture.ISO_WEEK_FOLDER).doesNotHaveDuplicates();
            assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(dates.getFirst().toString()).as("the latest week is the list GET /api/anomalies gives without asOf")
                    .isEqualTo(WebFixture.as(role).get("/api/anomalies").json().path("asOf").asString());
            assertThat(answer.json().path("weeks").get(dates.indexOf(LocalDate.parse("2026-09-20"))).path("leads").asInt()).isEqualTo(2);
        }
        WebFixture.as(Role.OFFICE).get("/api/anomalies/weeks");
        assertThat(WebFixture.audit().last()).satisfies(e -> {
            assertThat(e.action()).contains("/api/anomalies/weeks");
            assertThat(e.user()).isEqualTo("office");
            assertThat(e.outcome()).isEqualTo("OK");
        });
        for (Role role : List.of(Role.ANALYST, Role.AUDITOR, Role.ADMIN)) {
            assertThat(WebFixture.as(role).get("/api/anomalies/weeks").status()).as(role.name()).isEqualTo(403);
        }
        assertThat(WebFixture.anonymous().get("/api/anomalies/weeks").status()).isEqualTo(401);
    }
}
