package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.query.TieSnapshot;
import org.kyosei.security.Role;
import org.kyosei.store.GraphChanges;
import org.kyosei.store.Neo4jEntities;
import org.kyosei.store.Neo4jNeighbourhood;
import org.kyosei.store.Neo4jTieSnapshotLoader;
import org.kyosei.support.SharedNeo4j;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;

/**
 * The service refuses traffic (readiness) while its first read of the graph runs after it started, and accepts it
 * once that read ended, read or failed; requests are answered all along, by the database until the read is done.
 */
class LiveTieSnapshotReadinessTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    private final List<AvailabilityState> published = new CopyOnWriteArrayList<>();

    private LiveTieSnapshot screens(Supplier<TieSnapshot> loader, long minutes) {
        var driver = SharedNeo4j.driver();
        return new LiveTieSnapshot(loader, new Neo4jEntities(driver), new Neo4jNeighbourhood(driver), new GraphChanges(driver),
                minutes, event -> published.add(((AvailabilityChangeEvent<?>) event).getState()));
    }

    private static TieSnapshot read() {
        return new Neo4jTieSnapshotLoader(SharedNeo4j.driver(), java.time.Clock.systemUTC()).load();
    }

    @Test
    void trafficIsRefusedWhileTheFirstReadRunsAndAcceptedWhenItIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LiveTieSnapshot screens = screens(() -> {
            await(release);
            return read();
        }, 5);
        try {
            screens.refuseTrafficUntilTheFirstRead();
            assertThat(published).containsExactly(ReadinessState.REFUSING_TRAFFIC);
            assertThat(screens.search("Santos", 10)).as("the database answers meanwhile").isNotEmpty();
            release.countDown();
            awaitStates(2);
            assertThat(published).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(screens.reads()).isEqualTo(1);
        } finally {
            release.countDown();
            screens.destroy();
        }
    }

    @Test
    void aFirstReadDoneBeforeTheApplicationIsReadyRefusesNothing() throws Exception {
        LiveTieSnapshot screens = screens(LiveTieSnapshotReadinessTest::read, 5);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (screens.reads() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(screens.reads()).isEqualTo(1);
            screens.refuseTrafficUntilTheFirstRead();
            assertThat(published).isEmpty();
        } finally {
            screens.destroy();
        }
    }

    @Test
    void aFailedFirstReadAcceptsTrafficForTheDatabaseToServe() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LiveTieSnapshot screens = screens(() -> {
            await(release);
            throw new IllegalStateException("the database went away");
        }, 5);
        try {
            screens.refuseTrafficUntilTheFirstRead();
            release.countDown();
            awaitStates(2);
            assertThat(published).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(screens.reads()).isZero();
            assertThat(screens.search("Santos", 10)).as("the database answers").isNotEmpty();
        } finally {
            screens.destroy();
        }
    }

    @Test
    void withTheInMemoryGraphSwitchedOffThereIsNothingToWaitFor() {
        LiveTieSnapshot screens = screens(() -> {
            throw new AssertionError("switched off: never read");
        }, 0);
        screens.refuseTrafficUntilTheFirstRead();
        assertThat(published).isEmpty();
        screens.destroy();
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

    private void awaitStates(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (published.size() < count && System.nanoTime() < deadline) {
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
