package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.Role;

/** Walks every /api/ path with every role and with no user: 401, 403 or 200 exactly as the README's role table says. */
class AccessMatrixTest {
    @TempDir
    static Path tmp;

    /** An endpoint, the roles it admits (200), and answers other than 200/403 some roles get by design (by role). */
    record Endpoint(String method, String path, String body, Set<Role> allowed, java.util.Map<Role, Integer> special) {
        Endpoint(String method, String path, String body, Set<Role> allowed) {
            this(method, path, body, allowed, java.util.Map.of());
        }
    }

    static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    /** B1's pseudonym under the fixture's key (OFFICE names leads by pseudonym). */
    static final String OFFICE_B1 = org.kyosei.privacy.Pseudonymizer.withKey(
            "test-pseudonym-key-0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8)).pseudonym("B1");
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/me", null, EVERY_ROLE),
            new Endpoint("GET", "/api/entities?q=Sakura", null, EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/entities/B1", null, EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/entities/B1/neighbourhood?hops=2&asOf=" + WebFixture.AS_OF, null, EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/entities/B1/neighbourhood/export?format=graphml&hops=2&asOf=" + WebFixture.AS_OF, null,
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/paths?from=P1&to=P5&asOf=" + WebFixture.AS_OF, null, EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/paths/network?ids=P1,P5,B1&asOf=" + WebFixture.AS_OF, null, EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/brokers/B1/panel?asOf=" + WebFixture.AS_OF, null, EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/anomalies?asOf=" + WebFixture.REPORT_DATE, null, EnumSet.of(Role.INVESTIGATOR, Role.OFFICE)),
            new Endpoint("GET", "/api/anomalies/weeks", null, EnumSet.of(Role.INVESTIGATOR, Role.OFFICE)),
            new Endpoint("GET", "/api/anomalies/decisions", null, EnumSet.of(Role.INVESTIGATOR, Role.OFFICE)),
            new Endpoint("POST", "/api/anomalies/decisions", "{\"subject\": \"B1\", \"indicator\": \"front_broker\", "
                    + "\"decision\": \"NEEDS_INFORMATION\", \"reason\": \"access matrix\", \"asOf\": \"" + WebFixture.REPORT_DATE
                    + "\"}", EnumSet.of(Role.INVESTIGATOR), java.util.Map.of(Role.OFFICE, 404)), // OFFICE names leads by pseudonym
            new Endpoint("POST", "/api/anomalies/decisions", "{\"subject\": \"" + OFFICE_B1 + "\", \"indicator\": \"front_broker\", "
                    + "\"decision\": \"NEEDS_INFORMATION\", \"reason\": \"access matrix\", \"asOf\": \"" + WebFixture.REPORT_DATE
                    + "\"}", EnumSet.of(Role.OFFICE), java.util.Map.of(Role.INVESTIGATOR, 404)),
            new Endpoint("GET", "/api/anomalies/" + OFFICE_B1 + "/open?reason=matrix&asOf=" + WebFixture.REPORT_DATE, null,
                    EnumSet.of(Role.OFFICE)),
            new Endpoint("GET", "/api/audit?limit=5", null, EnumSet.of(Role.AUDITOR)),
            new Endpoint("GET", "/api/audit/verify", null, EnumSet.of(Role.AUDITOR)),
            new Endpoint("GET", "/api/anomalies/weeks", null, EnumSet.of(Role.INVESTIGATOR, Role.OFFICE)),
            new Endpoint("POST", "/api/logout", null, EVERY_ROLE, java.util.Map.of(Role.ANALYST, 204, Role.INVESTIGATOR, 204,
                    Role.OFFICE, 204, Role.AUDITOR, 204, Role.ADMIN, 204)),
            new Endpoint("GET", "/api/queries", null, EnumSet.of(Role.ANALYST)),
            new Endpoint("POST", "/api/queries/shared-identifiers",
                    "{\"parameters\": {\"minUsers\": 1, \"asOf\": \"" + WebFixture.AS_OF + "\"}}", EnumSet.of(Role.ANALYST)),
            new Endpoint("POST", "/api/cypher", "{\"statement\": \"MATCH (n:Entity) RETURN count(n) AS n\"}", EnumSet.of(Role.ANALYST)),
            new Endpoint("GET", "/api/users", null, EnumSet.of(Role.ADMIN)),
            new Endpoint("PUT", "/api/users/newcomer", "{\"role\": \"ANALYST\", \"password\": \"new-arrival-9274\"}", EnumSet.of(Role.ADMIN)),
            new Endpoint("PUT", "/api/users/newcomer/role", "{\"role\": \"OFFICE\"}", EnumSet.of(Role.ADMIN)),
            new Endpoint("POST", "/api/users/newcomer/disable", null, EnumSet.of(Role.ADMIN)),
            new Endpoint("GET", "/api/no-such-path", null, EnumSet.noneOf(Role.class)),
            new Endpoint("DELETE", "/api/entities/B1", null, EnumSet.noneOf(Role.class)));

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    @Test
    void everyPathWithEveryRoleAndWithoutAUser() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            int anonymous = WebFixture.anonymous().send(endpoint.method(), endpoint.path(), endpoint.body()).status();
            if (anonymous != 401) {
                wrong.add(endpoint.method() + " " + endpoint.path() + " without a user: " + anonymous + " instead of 401");
            }
            for (Role role : Role.values()) {
                int expected = endpoint.special().getOrDefault(role, endpoint.allowed().contains(role) ? 200 : 403);
                WebFixture.Answer answer = WebFixture.as(role).send(endpoint.method(), endpoint.path(), endpoint.body());
                if (answer.status() != expected) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + role + ": " + answer.status()
                            + " instead of " + expected + " " + answer.response().body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void healthApiDocsAndTheUiAreOpenWithoutLogin() {
        assertThat(WebFixture.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(WebFixture.anonymous().get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
        assertThat(WebFixture.anonymous().get("/").response().body()).contains("Kyosei").contains("cytoscape");
        assertThat(WebFixture.anonymous().get("/webjars/cytoscape/dist/cytoscape.min.js").status()).isEqualTo(200);
        assertThat(WebFixture.anonymous().get("/webjars/cytoscape-fcose/cytoscape-fcose.js").status()).isEqualTo(200);
        WebFixture.Answer docs = WebFixture.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        for (String path : List.of("/api/entities", "/api/entities/{id}", "/api/entities/{id}/neighbourhood", "/api/entities/{id}/neighbourhood/export", "/api/paths",
                "/api/anomalies", "/api/queries", "/api/queries/{name}", "/api/cypher", "/api/brokers/{id}/panel")) {
            assertThat(docs.json().path("paths").has(path)).as(path).isTrue();
        }
        assertThat(WebFixture.anonymous().get("/actuator/env").status()).isIn(401, 403, 404);
    }

    @Test
    void refusalsAreProblemsAndAudited() {
        WebFixture.Answer refused = WebFixture.as(Role.AUDITOR).get("/api/entities/B1");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(WebFixture.audit().last()).satisfies(e -> {
            assertThat(e.user()).isEqualTo("auditor");
            assertThat(e.role()).isEqualTo("AUDITOR");
            assertThat(e.outcome()).isEqualTo("REFUSED");
            assertThat(e.resultIds()).isEmpty();
        });
        WebFixture.Answer anonymous = WebFixture.anonymous().get("/api/entities/B1");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(WebFixture.audit().last().outcome()).isEqualTo("UNAUTHENTICATED");
    }
}
