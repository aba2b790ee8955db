package org.kyosei.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 29);

    @Test
    void acceptsTheLimits() {
        assertThat(new GeneratorSettings(200, 1, 0, END).start()).isEqualTo(END.minusDays(6));
        assertThat(new GeneratorSettings(200, 520, -5, END).start()).isEqualTo(END.minusDays(7 * 520 - 1));
    }

    @Test
    void tooFewIndividualsNamesTheOption() {
        assertThatThrownBy(() -> new GeneratorSettings(199, 10, 1, END))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--individuals")
                .hasMessageContaining("200")
                .hasMessageContaining("199");
    }

    @Test
    void weeksOutOfRangeNamesTheOption() {
        assertThatThrownBy(() -> new GeneratorSettings(1000, 0, 1, END))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--weeks").hasMessageContaining("0");
        assertThatThrownBy(() -> new GeneratorSettings(1000, 521, 1, END))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--weeks").hasMessageContaining("520").hasMessageContaining("521");
    }

    @Test
    void endIsRequired() {
        assertThatThrownBy(() -> new GeneratorSettings(1000, 10, 1, null)).isInstanceOf(NullPointerException.class);
    }
}
