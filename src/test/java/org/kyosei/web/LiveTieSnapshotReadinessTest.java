package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.application.LiveTieSnapshot;
import org.kyosei.query.TieSnapshot;
import org.kyosei.security.Role;
import org.kyosei.store.GraphChanges;
import org.kyosei.store.Neo4jEntities;
import org.kyosei.store.Neo4jNeighbourhood;
import org.kyosei.store.Neo4jDatedGraphLoader;
import org.kyosei.support.SharedNeo4j;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;

/**
 * The service is not ready while its first read of the graph into memory runs after a start, and ready once that read
 * ended, read or failed; requests are answered all along, by the database until the read is done.
 */
class LiveTieSnapshotReadinessTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    private static LiveTieSnapshot screens(Supplier<TieSnapshot> loader, long minutes) {
        var driver = SharedNeo4j.driver();
        return new LiveTieSnapshot(loader, new Neo4jEntities(driver), new Neo4jNeighbourhood(driver), new GraphChanges(driver),
                minutes);
    }

    private static TieSnapshot read() {
        return TieSnapshot.of(new Neo4jDatedGraphLoader(SharedNeo4j.driver()).whole(), 0);
    }

    private static Status health(LiveTieSnapshot screens) {
        return new InMemoryGraphHealth(screens).health().getStatus();
    }

    @Test
    void notReadyWhileTheFirstReadRunsAndReadyWhenItIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LiveTieSnapshot screens = screens(() -> {
            await(release);
            return read();
        }, 5);
        try {
            assertThat(health(screens)).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(screens.search("Santos", 10)).as("the database answers meanwhile").isNotEmpty();
            release.countDown();
            awaitReady(screens);
            assertThat(health(screens)).isEqualTo(Status.UP);
            assertThat(screens.reads()).isEqualTo(1);
        } finally {
            release.countDown();
            screens.close();
        }
    }

    @Test
    void aFailedFirstReadIsReadyForTheDatabaseToAnswer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LiveTieSnapshot screens = screens(() -> {
            await(release);
            throw new IllegalStateException("the database went away");
        }, 5);
        try {
            assertThat(health(screens)).isEqualTo(Status.OUT_OF_SERVICE);
            release.countDown();
            awaitReady(screens);
            assertThat(health(screens)).isEqualTo(Status.UP);
            assertThat(screens.reads()).isZero();
            assertThat(screens.search("Santos", 10)).as("the database answers").isNotEmpty();
        } finally {
            screens.close();
        }
    }

    @Test
    void withTheInMemoryGraphSwitchedOffThereIsNothingToWaitFor() {
        LiveTieSnapshot screens = screens(() -> {
            throw new AssertionError("switched off: never read");
        }, 0);
        assertThat(health(screens)).isEqualTo(Status.UP);
        screens.close();
    }

    @Test
    void theInMemoryGraphIsPartOfReadinessAndOfTheWholeHealth() {
        HealthEndpointGroups groups = WebFixture.server().bean(HealthEndpointGroups.class);
        assertThat(groups.get("readiness").isMember("inMemoryGraph")).isTrue();
        assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(groups.get("liveness").isMember("inMemoryGraph")).as("a start is not a failure").isFalse();
        assertThat(groups.getPrimary().isMember("inMemoryGraph")).isTrue();
    }

    @Test
    void theRunningServiceSaysItIsLiveAndReadyWithoutALogin() {
        WebFixture.server().bean(LiveTieSnapshot.class).reloadNow();
        for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            var answer = WebFixture.anonymous().get(probe);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.json().path("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void whileTrafficIsRefusedTheProbesSaySoAndRequestsAreStillAnswered() {
        ApplicationAvailabilityBean availability = WebFixture.server().bean(ApplicationAvailabilityBean.class);
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        try {
            var readiness = WebFixture.anonymous().get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.json().path("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(WebFixture.anonymous().get("/actuator/health").status()).as("the whole health includes readiness")
                    .isEqualTo(503);
            assertThat(WebFixture.anonymous().get("/actuator/health/liveness").status()).as("but it is alive").isEqualTo(200);
            assertThat(WebFixture.as(Role.INVESTIGATOR).get("/api/entities?q=Santos").status())
                    .as("requests are answered all the same").isEqualTo(200);
        } finally {
            availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        }
    }

    private static void awaitReady(LiveTieSnapshot screens) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!screens.firstReadEnded() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
