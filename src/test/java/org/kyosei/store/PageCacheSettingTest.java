package org.kyosei.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code KYOSEI_PAGECACHE_MB}: a whole number of MiB, or one line naming the variable and the value at fault. */
class PageCacheSettingTest {
    @Test
    void unsetOrBlankMeansTheDefaultAndANumberIsTaken() {
        assertThat(GraphConnection.pageCacheMb(null)).isEqualTo(1024);
        assertThat(GraphConnection.pageCacheMb("  ")).isEqualTo(1024);
        assertThat(GraphConnection.pageCacheMb(" 512 ")).isEqualTo(512);
        assertThat(GraphConnection.pageCacheMb("8")).isEqualTo(8);
    }

    @Test
    void aValueThatIsNotAWholeNumberOfMibIsOneLineNamingTheVariable() {
        for (String bad : new String[] {"abc", "512MB", "1.5", "-1", "0", "7", "1048577", "99999999999999999999", "5\n12\u001b[31m"}) {
            assertThatThrownBy(() -> GraphConnection.pageCacheMb(bad)).as(bad)
                    .isInstanceOf(KyoseiStoreException.class)
                    .hasMessageStartingWith("KYOSEI_PAGECACHE_MB must be a whole number of MiB")
                    .hasMessageNotContaining("\n").hasMessageNotContaining("\u001b")
                    .hasMessageNotContaining("NumberFormatException");
        }
        assertThatThrownBy(() -> GraphConnection.pageCacheMb("x".repeat(5000))).hasMessageEndingWith("...'")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
