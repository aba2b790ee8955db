package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.audit.AuditEvent;
import org.kyosei.security.Role;
import org.kyosei.support.CliRun;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

/** The load tool ({@code src/bench/run http}, bench source set) against the test service over real HTTP: it measures, stops by itself, and fails loudly. */
class BenchHttpTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    /** Runs the bench source set's entry in-process, as {@code src/bench/run} does in a JVM of its own. */
    private static CliRun bench(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        try {
            int code = org.kyosei.cli.BenchMain.run(args, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
            return new CliRun(code, out.toString(), err.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CliRun bench(String user, String password, Path dataset, String url) {
        return bench("http", "--url", url, "--user", user, "--password", password, "--dataset", dataset.toString(),
                "--clients", "2", "--requests", "3", "--warmup", "1", "--as-of", WebFixture.AS_OF);
    }

    @Test
    void measuresBothKindsOfRequestAndEveryRequestIsAudited() {
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        int before = WebFixture.audit().events().size();
        CliRun run = bench(investigator, WebFixture.password(Role.INVESTIGATOR), tmp.resolve("tiny"), WebFixture.server().url());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 clients x 3 requests per kind");
        assertThat(run.out()).containsPattern("neighbourhood \\(2 hops, cap 200\\) +n=6 errors=0 +p50=[0-9.]+ ms");
        assertThat(run.out()).containsPattern("search +n=6 errors=0 +p50=[0-9.]+ ms");
        List<AuditEvent> benchEvents = WebFixture.audit().events().subList(before, WebFixture.audit().events().size()).stream()
                .filter(e -> e.caseReference().equals("BENCH-LOAD")).toList();
        // one warm-up request per kind, then 2 clients x 3 requests per kind
        assertThat(benchEvents).hasSize(14).allSatisfy(e -> {
            assertThat(e.user()).isEqualTo(investigator);
            assertThat(e.outcome()).isEqualTo("OK");
        });
        assertThat(benchEvents).extracting(AuditEvent::action)
                .containsOnly("GET /api/entities/{id}/neighbourhood", "GET /api/entities");
    }

    @Test
    void refusedRequestsAreCountedAndTheCommandFails() {
        // one request per kind only, by a user of its own: failed logins count towards the loopback's throttle
        CliRun run = bench("http", "--url", WebFixture.server().url(), "--user", "bench-nobody",
                "--password", "not-the-password", "--dataset", tmp.resolve("tiny").toString(),
                "--clients", "1", "--requests", "1", "--warmup", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("n=1 errors=1");
        assertThat(run.err().strip()).isEqualTo("kyosei bench http: 2 of 2 requests failed (not 200 OK)");
    }

    @Test
    void anUnreachableServiceIsNamedInOneLineAtOnce() {
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        long started = System.nanoTime();
        CliRun run = bench(investigator, WebFixture.password(Role.INVESTIGATOR), tmp.resolve("tiny"), "http://127.0.0.1:1/");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).contains("--url http://127.0.0.1:1/: no answer from the service").doesNotContain("\n");
        assertThat(System.nanoTime() - started).as("no waiting for a service that is not there")
                .isLessThan(TimeUnit.SECONDS.toNanos(30));
    }

    @Test
    void withoutWaitingForReadinessEveryRequestToAnUnreachableServiceFails() {
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        CliRun run = bench("http", "--url", "http://127.0.0.1:1/", "--user", investigator, "--password",
                WebFixture.password(Role.INVESTIGATOR), "--dataset", tmp.resolve("tiny").toString(), "--clients", "2", "--requests", "3",
                "--warmup", "1", "--ready-timeout", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("12 of 12 requests failed");
    }

    @Test
    void aProbeThatIsNotThereIsNoReasonToWait() {
        // under a path the service does not serve, the probe answers 401 (not 503): measure at once, and count failures
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        CliRun run = bench(investigator, WebFixture.password(Role.INVESTIGATOR), tmp.resolve("tiny"), WebFixture.server().url() + "nowhere/");
        assertThat(run.out()).doesNotContain("waiting for the service");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("12 of 12 requests failed");
    }

    @Test
    void itWaitsUntilTheServiceIsReadyAndThenMeasures() throws Exception {
        ApplicationAvailabilityBean service = WebFixture.server().bean(ApplicationAvailabilityBean.class);
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        readiness(service, ReadinessState.REFUSING_TRAFFIC);
        try {
            long benchRequests = benchRequests();
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                    () -> bench(investigator, WebFixture.password(Role.INVESTIGATOR), tmp.resolve("tiny"), WebFixture.server().url()));
            Thread.sleep(1500);
            assertThat(run).as("still waiting while the service refuses traffic").isNotDone();
            assertThat(benchRequests()).as("no request sent while waiting").isEqualTo(benchRequests);
            readiness(service, ReadinessState.ACCEPTING_TRAFFIC);
            CliRun done = run.get(60, TimeUnit.SECONDS);
            assertThat(done.exitCode()).as(done.err()).isZero();
            assertThat(done.out()).contains("waiting for the service to be ready").containsPattern("ready after [0-9]+ s")
                    .containsPattern("search +n=6 errors=0");
        } finally {
            readiness(service, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    /** What the service's readiness probe answers from now on (as when its graph is being read, or read). */
    private static void readiness(ApplicationAvailabilityBean service, ReadinessState state) {
        service.onApplicationEvent(new AvailabilityChangeEvent<>(BenchHttpTest.class, state));
    }

    private static long benchRequests() {
        return WebFixture.audit().events().stream().filter(e -> e.caseReference().equals("BENCH-LOAD")).count();
    }

    @Test
    void aServiceThatStaysUnreadyEndsTheWaitWithOneLine() {
        ApplicationAvailabilityBean service = WebFixture.server().bean(ApplicationAvailabilityBean.class);
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        readiness(service, ReadinessState.REFUSING_TRAFFIC);
        try {
            CliRun run = bench("http", "--url", WebFixture.server().url(), "--user", investigator, "--password",
                    WebFixture.password(Role.INVESTIGATOR), "--dataset", tmp.resolve("tiny").toString(), "--ready-timeout", "1");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().strip()).endsWith("the service was still not ready after --ready-timeout 1 s (readiness answered 503)")
                    .doesNotContain("\n");
            assertThat(run.out()).doesNotContain("n=");
        } finally {
            readiness(service, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void aFolderWithoutPeopleOrBrokersIsNamedInOneLine() {
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        CliRun run = bench(investigator, WebFixture.password(Role.INVESTIGATOR), tmp.resolve("no-such-folder"), WebFixture.server().url());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).contains("no-such-folder").contains("no individuals.csv or brokers.csv")
                .doesNotContain("Exception").doesNotContain("\n");
    }
}
