package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.audit.AuditEvent;
import org.kyosei.security.Role;
import org.kyosei.support.CliRun;

/** {@code kyosei bench http} against the test service over real HTTP: it measures, stops by itself, and fails loudly. */
class BenchHttpTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    private static CliRun bench(String user, String password, Path dataset, String url) {
        return CliRun.of("bench", "http", "--url", url, "--user", user, "--password", password, "--dataset", dataset.toString(),
                "--clients", "2", "--requests", "3", "--warmup", "1", "--as-of", WebFixture.AS_OF);
    }

    @Test
    void measuresBothKindsOfRequestAndEveryRequestIsAudited() {
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        int before = WebFixture.audit().events().size();
        CliRun run = bench(investigator, investigator + "-password", tmp.resolve("tiny"), WebFixture.server().url());
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
        CliRun run = CliRun.of("bench", "http", "--url", WebFixture.server().url(), "--user", "bench-nobody",
                "--password", "not-the-password", "--dataset", tmp.resolve("tiny").toString(),
                "--clients", "1", "--requests", "1", "--warmup", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("n=1 errors=1");
        assertThat(run.err().strip()).isEqualTo("kyosei bench http: 2 of 2 requests failed (not 200 OK)");
    }

    @Test
    void anUnreachableServiceFailsEveryRequestWithoutHanging() {
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        CliRun run = bench(investigator, investigator + "-password", tmp.resolve("tiny"), "http://127.0.0.1:1/");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("12 of 12 requests failed");
    }

    @Test
    void aFolderWithoutPeopleOrBrokersIsNamedInOneLine() {
        String investigator = WebFixture.user(Role.INVESTIGATOR);
        CliRun run = bench(investigator, investigator + "-password", tmp.resolve("no-such-folder"), WebFixture.server().url());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).contains("no-such-folder").contains("no individuals.csv or brokers.csv")
                .doesNotContain("Exception").doesNotContain("\n");
    }
}
