package org.kyosei.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kyosei.support.CliRun;

/** The launcher's environment: {@code KYOSEI_PAGECACHE_MB} a whole number of MiB or one line naming it; values never shown. */
class KyoseiEnvironmentTest {
    private static long pageCacheMb(String configured) {
        return new KyoseiEnvironment(configured == null ? Map.of() : Map.of("KYOSEI_PAGECACHE_MB", configured)).pageCacheMb();
    }

    @Test
    void unsetOrBlankMeansTheDefaultAndANumberIsTaken() {
        assertThat(pageCacheMb(null)).isEqualTo(1024);
        assertThat(pageCacheMb("  ")).isEqualTo(1024);
        assertThat(pageCacheMb(" 512 ")).isEqualTo(512);
        assertThat(pageCacheMb("8")).isEqualTo(8);
    }

    @Test
    void aValueThatIsNotAWholeNumberOfMibIsOneLineNamingTheVariable() {
        for (String bad : new String[] {"abc", "512MB", "1.5", "-1", "0", "7", "1048577", "99999999999999999999", "5\n12\u001b[31m"}) {
            assertThatThrownBy(() -> pageCacheMb(bad)).as(bad)
                    .isInstanceOf(UserException.class)
                    .hasMessageStartingWith("KYOSEI_PAGECACHE_MB must be a whole number of MiB")
                    .hasMessageNotContaining("\n").hasMessageNotContaining("\u001b")
                    .hasMessageNotContaining("NumberFormatException");
        }
        assertThatThrownBy(() -> pageCacheMb("x".repeat(5000))).hasMessageEndingWith("...'")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void theEnvironmentNeverShowsItsValues() {
        KyoseiEnvironment environment = new KyoseiEnvironment(Map.of("KYOSEI_PASSWORD", "s3cret-Passw0rd", "CI", "1"));
        assertThat(environment.toString()).contains("KYOSEI_PASSWORD").doesNotContain("s3cret");
        assertThat(environment.get("KYOSEI_PASSWORD")).contains("s3cret-Passw0rd");
        assertThat(environment.with("KYOSEI_PASSWORD", " ").get("KYOSEI_PASSWORD")).as("blank is unset").isEmpty();
        assertThat(environment.without("CI").continuousIntegration()).isFalse();
    }

    @Test
    void aCommandGivenABadValueSaysSoInOneLineAndExitsOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        CliRun run = CliRun.in(CliRun.ENVIRONMENT.with("KYOSEI_PAGECACHE_MB", "512MB"), "detect", "--db",
                tmp.resolve("neo4j").toString(), "--as-of", "2026-11-29");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("kyosei: KYOSEI_PAGECACHE_MB must be a whole number of MiB from 8 to 1048576"
                + " (for example 512), not '512MB'");
    }
}
