package org.kyosei.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one rule for dates users give: YYYY-MM-DD, a real day, years 1900-2999. */
class DateParametersTest {
    static final List<String> REFUSED = List.of("0000-01-01", "-2026-01-01", "+2026-01-01", "10000-01-01", "+10000-01-01",
            "1899-12-31", "3000-01-01", "2026-02-30", "2026-13-01", "2026-1-1", "20261129", "2026-11-29T00:00", " 2026-11-29",
            "2026-11-29 ", "２０２６-11-29", "yesterday", "", "2026-11-29\n");

    @Test
    void acceptsTheYearsFrom1900To2999() {
        assertThat(DateParameters.parse("asOf", "1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(DateParameters.parse("asOf", "2999-12-31")).isEqualTo(LocalDate.of(2999, 12, 31));
        assertThat(DateParameters.parse("asOf", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesOtherFormsWithOneLineNamingTheParameter() {
        for (String text : REFUSED) {
            assertThatThrownBy(() -> DateParameters.parse("--as-of", text)).as(text)
                    .isInstanceOf(DateParameters.BadDateException.class)
                    .hasMessageStartingWith("--as-of: '")
                    .hasMessageContaining("YYYY-MM-DD from 1900-01-01 to 2999-12-31")
                    .hasMessageNotContaining("\n").hasMessageNotContaining("Exception");
        }
        assertThatThrownBy(() -> DateParameters.parse("asOf", null)).hasMessage("asOf: nothing is not " + DateParameters.EXPECTED);
        assertThatThrownBy(() -> DateParameters.parse("asOf", "9".repeat(500))).hasMessageContaining("…").message().hasSizeLessThan(120);
    }

    @Test
    void sinceTakesADateOrAnInstantInTheSameYears() {
        assertThat(DateParameters.parseDateOrInstant("since", "2026-11-29")).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(DateParameters.parseDateOrInstant("since", "2026-11-29T10:00:00Z")).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        for (String text : List.of("0000-01-01", "-2026-01-01", "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "3000-01-01T00:00:00Z",
                "last-week")) {
            assertThatThrownBy(() -> DateParameters.parseDateOrInstant("since", text)).as(text)
                    .isInstanceOf(DateParameters.BadDateException.class).hasMessageStartingWith("since: ");
        }
    }
}
