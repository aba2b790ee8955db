package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.LoginThrottle;
import org.kyosei.support.MovableClock;
import org.kyosei.security.Role;
import org.kyosei.security.UserAccounts;
import org.kyosei.store.Neo4jUserDirectory;
import org.kyosei.support.SharedNeo4j;

/** Failed logins: the lock policy on a controlled clock, and 429 with Retry-After over HTTP. */
class LoginThrottleTest {
    @TempDir
    Path tmp;

    private static MovableClock clockAtTen() {
        return new MovableClock(Instant.parse("2026-11-29T10:00:00Z"));
    }

    @Test
    void fiveFailuresLockTheUserForThirtySecondsThenLonger() {
        MovableClock clock = clockAtTen();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.USER_THRESHOLD - 1; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        assertThat(throttle.lockedFor("ana", "10.0.0.1")).isEmpty();
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.lockedFor("ana", "10.0.0.2")).contains(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("bob", "10.0.0.1")).isEmpty();
        clock.now = clock.now.plusSeconds(31);
        assertThat(throttle.lockedFor("ana", "10.0.0.1")).isEmpty();
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.lockedFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(60));
        throttle.succeeded("ana");
        assertThat(throttle.lockedFor("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneClientGuessingManyNamesIsLockedToo() {
        MovableClock clock = clockAtTen();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.CLIENT_THRESHOLD; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.lockedFor("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.lockedFor("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void overHttpTheSixthLoginIsRefusedWith429EvenWithTheRightPassword() throws IOException {
        WebFixture.server();
        new UserAccounts(new Neo4jUserDirectory(SharedNeo4j.driver())).addOrUpdate("guessed", Role.ANALYST, "right-one-4-sure");
        WebFixture.Request wrong = new WebFixture.Request("guessed", "not-the-password", "x");
        for (int i = 0; i < LoginThrottle.USER_THRESHOLD; i++) {
            assertThat(wrong.get("/api/me").status()).isEqualTo(401);
        }
        WebFixture.Answer refused = new WebFixture.Request("guessed", "right-one-4-sure", "x").get("/api/me");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 30L);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(WebFixture.audit().last().outcome()).isEqualTo("THROTTLED");
        new UserAccounts(new Neo4jUserDirectory(SharedNeo4j.driver())).addOrUpdate("bystander", Role.ANALYST, "calm-river-2026");
        assertThat(new WebFixture.Request("bystander", "calm-river-2026", "x").get("/api/me").status()).isEqualTo(200);
    }
}
