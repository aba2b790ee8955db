package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

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
        throttle.succeeded("ana", "10.0.0.1");
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
    void aSprayerBehindAnOfficeAddressDoesNotLockOutItsKnownUsers() {
        MovableClock clock = clockAtTen();
        LoginThrottle throttle = new LoginThrottle(clock);
        throttle.succeeded("ana", "10.0.0.9");
        clock.now = clock.now.plus(Duration.ofDays(29));
        for (int i = 0; i < LoginThrottle.CLIENT_THRESHOLD + 5; i++) {
            throttle.failed("sprayed" + i, "10.0.0.9");
        }
        assertThat(throttle.lockedFor("sprayed-next", "10.0.0.9")).as("the sprayer").isPresent();
        assertThat(throttle.lockedFor("bob", "10.0.0.9")).as("a user never seen at that address").isPresent();
        assertThat(throttle.lockedFor("ana", "10.0.0.9")).as("a user who logged in from there").isEmpty();
        // the user's own limit still holds, from that address too
        for (int i = 0; i < LoginThrottle.USER_THRESHOLD; i++) {
            throttle.failed("ana", "10.0.0.9");
        }
        assertThat(throttle.lockedFor("ana", "10.0.0.9")).isPresent();
        clock.now = clock.now.plusSeconds(31);
        assertThat(throttle.lockedFor("ana", "10.0.0.9")).isEmpty();
        // a success long ago no longer counts
        throttle.succeeded("ana", "10.0.0.8");
        clock.now = clock.now.plus(LoginThrottle.KNOWN_PAIR_FOR).plusSeconds(1);
        throttle.failed("sprayed-again", "10.0.0.8");
        for (int i = 0; i < LoginThrottle.CLIENT_THRESHOLD; i++) {
            throttle.failed("sprayed" + i, "10.0.0.8");
        }
        assertThat(throttle.lockedFor("ana", "10.0.0.8")).isPresent();
    }

    @Test
    void overHttpASprayerIsThrottledWhileAUserWhoLoggedInFromThatAddressStillGetsIn() throws Exception {
        WebFixture.server();
        UserAccounts accounts = new UserAccounts(new Neo4jUserDirectory(SharedNeo4j.driver()));
        accounts.addOrUpdate("office-regular", Role.INVESTIGATOR, "calm-harbour-2026");
        accounts.addOrUpdate("office-newcomer", Role.INVESTIGATOR, "quiet-forest-2026");
        // the office's shared address: 127.0.0.2 (the fixture's own requests come from 127.0.0.1)
        HttpClient office = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        assertThat(me(office, "office-regular", "calm-harbour-2026")).isEqualTo(200);
        for (int i = 0; i < LoginThrottle.CLIENT_THRESHOLD; i++) {
            assertThat(me(office, "sprayed-" + i, "Summer2026!")).isEqualTo(401);
        }
        assertThat(me(office, "sprayed-next", "Summer2026!")).as("the sprayer").isEqualTo(429);
        assertThat(me(office, "office-newcomer", "quiet-forest-2026")).as("never logged in from there").isEqualTo(429);
        assertThat(me(office, "office-regular", "calm-harbour-2026")).as("logged in from there before").isEqualTo(200);
        assertThat(new WebFixture.Request("office-newcomer", "quiet-forest-2026", "x").get("/api/me").status())
                .as("from another address").isEqualTo(200);
        for (int i = 0; i < LoginThrottle.USER_THRESHOLD; i++) {
            assertThat(me(office, "office-regular", "Summer2026!")).isEqualTo(401);
        }
        assertThat(me(office, "office-regular", "calm-harbour-2026")).as("the user's own limit holds").isEqualTo(429);
    }

    private static int me(HttpClient client, String user, String password) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(WebFixture.server().url() + "api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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
