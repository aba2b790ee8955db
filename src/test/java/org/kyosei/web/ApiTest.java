package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.audit.AuditEvent;
import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.security.Role;

import tools.jackson.databind.JsonNode;

/** The API over real HTTP on a real embedded Neo4j holding the tiny dataset: answers, bad input, privacy, audit. */
class ApiTest {
    @TempDir
    static Path tmp;

    private static final WebFixture.Request INVESTIGATOR = WebFixture.as(Role.INVESTIGATOR);
    private static final WebFixture.Request ANALYST = WebFixture.as(Role.ANALYST);
    private static final WebFixture.Request OFFICE = WebFixture.as(Role.OFFICE);

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(field == null ? n.asString() : n.path(field).asString()));
        return values;
    }

    @Test
    void searchFindsByIdAndByNameWordPrefixes() {
        assertThat(texts(INVESTIGATOR.get("/api/entities?q=B1").json().path("entities"), "id")).first().isEqualTo("B1");
        assertThat(texts(INVESTIGATOR.get("/api/entities?q=sakura").json().path("entities"), "id")).containsExactly("B1");
        assertThat(texts(INVESTIGATOR.get("/api/entities?q=Tran%20An").json().path("entities"), "name")).containsExactly("Tran, An");
        assertThat(texts(INVESTIGATOR.get("/api/entities?q=Mina").json().path("entities"), "id")).contains("E1", "C2");
        assertThat(INVESTIGATOR.get("/api/entities?q=zzzz-nothing").json().path("entities").size()).isZero();
        // Lucene syntax in the text is escaped, never an error
        assertThat(INVESTIGATOR.get("/api/entities?q=%22%2B(*%5B").status()).isEqualTo(200);
        assertThat(INVESTIGATOR.get("/api/entities?q=%20").json().path("parameter").asString()).isEqualTo("q");
        assertThat(INVESTIGATOR.get("/api/entities?q=a&limit=500").json().path("parameter").asString()).isEqualTo("limit");
    }

    @Test
    void anEntityWithPropertiesAndScoresOrA404() {
        JsonNode p1 = INVESTIGATOR.get("/api/entities/P1").json();
        assertThat(p1.path("label").asString()).isEqualTo("Individual");
        assertThat(p1.path("name").asString()).isEqualTo("Tran, An");
        assertThat(p1.path("properties").path("birth_year").asInt()).isEqualTo(1995);
        assertThat(p1.path("scores").isObject()).isTrue();
        WebFixture.Answer missing = INVESTIGATOR.get("/api/entities/NOPE");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).contains("application/problem+json");
        assertThat(missing.detail()).contains("NOPE");
    }

    @Test
    void personalReadsNeedACaseReference() {
        for (String path : List.of("/api/entities?q=B1", "/api/entities/P1", "/api/entities/P1/neighbourhood",
                "/api/paths?from=P1&to=P5", "/api/paths/network?ids=P1,P5", "/api/brokers/B1/panel")) {
            WebFixture.Answer answer = INVESTIGATOR.withoutCase().get(path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().path("parameter").asString()).as(path).isEqualTo("X-Kyosei-Case");
        }
        assertThat(new WebFixture.Request("investigator", WebFixture.password(Role.INVESTIGATOR), "<script>").get("/api/entities/P1").status())
                .isEqualTo(400);
    }

    @Test
    void neighbourhoodIsCappedPagedAndSaysHowManyMore() {
        JsonNode all = INVESTIGATOR.get("/api/entities/P1/neighbourhood?hops=1&asOf=" + WebFixture.AS_OF).json();
        List<String> ids = texts(all.path("nodes"), "id");
        assertThat(ids).first().isEqualTo("P1");
        assertThat(ids).containsExactlyInAnyOrder("P1", "C1", "E1", "B1", "ADDR1", "ACC1", "INC1");
        assertThat(all.path("more").asLong()).isZero();
        JsonNode firstPage = INVESTIGATOR.get("/api/entities/P1/neighbourhood?hops=1&limit=2&asOf=" + WebFixture.AS_OF).json();
        assertThat(firstPage.path("nodes").size()).isEqualTo(3);
        assertThat(firstPage.path("more").asLong()).isEqualTo(4);
        JsonNode secondPage = INVESTIGATOR.get("/api/entities/P1/neighbourhood?hops=1&limit=2&offset=2&asOf=" + WebFixture.AS_OF).json();
        assertThat(texts(secondPage.path("nodes"), "id")).first().isEqualTo("P1");
        assertThat(texts(secondPage.path("nodes"), "id").subList(1, 3)).doesNotContainAnyElementsOf(texts(firstPage.path("nodes"), "id"));
        assertThat(secondPage.path("more").asLong()).isEqualTo(2);
        // strongest first: the confidence-1 ties come before B1's 0.8 placement
        assertThat(texts(all.path("nodes"), "id").indexOf("B1")).isEqualTo(ids.size() - 1);
        // as of a date before P1's arrival, P1 has only its undated ties
        JsonNode early = INVESTIGATOR.get("/api/entities/P1/neighbourhood?hops=1&asOf=2025-01-01").json();
        assertThat(texts(early.path("nodes"), "id")).containsExactlyInAnyOrder("P1", "ADDR1", "ACC1", "INC1");
        // two hops reach the organization through the address and P3
        assertThat(texts(INVESTIGATOR.get("/api/entities/P1/neighbourhood?hops=3&asOf=" + WebFixture.AS_OF).json().path("nodes"), "id"))
                .contains("P3", "O1");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        record Bad(String path, String parameter) {
        }
        for (Bad bad : List.of(
                new Bad("/api/entities/P1/neighbourhood?hops=5", "hops"),
                new Bad("/api/entities/P1/neighbourhood?hops=0", "hops"),
                new Bad("/api/entities/P1/neighbourhood?hops=two", "hops"),
                new Bad("/api/entities/P1/neighbourhood?limit=0", "limit"),
                new Bad("/api/entities/P1/neighbourhood?limit=100000", "limit"),
                new Bad("/api/entities/P1/neighbourhood?asOf=2026-13-01", "asOf"),
                new Bad("/api/entities/P1/neighbourhood?asOf=yesterday", "asOf"),
                new Bad("/api/paths?from=P1&to=P5&k=21", "k"),
                new Bad("/api/paths?from=P1&to=P5&k=0", "k"),
                new Bad("/api/paths?from=P1", "to"),
                new Bad("/api/paths?from=P1&to=P5&asOf=2026-02-30", "asOf"),
                new Bad("/api/paths/network?ids=P1", "ids"),
                new Bad("/api/brokers/B1/panel?asOf=01-11-2026", "asOf"))) {
            WebFixture.Answer answer = INVESTIGATOR.get(bad.path());
            assertThat(answer.status()).as(bad.path()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(bad.path()).contains("application/problem+json");
            assertThat(answer.json().path("parameter").asString()).as(bad.path()).isEqualTo(bad.parameter());
            assertThat(answer.response().body()).as(bad.path()).doesNotContain("Exception").doesNotContain("at org.");
        }
        WebFixture.Answer anomalies = OFFICE.get("/api/anomalies?asOf=someday");
        assertThat(anomalies.json().path("parameter").asString()).isEqualTo("asOf");
    }

    @Test
    void kShortestPathsAndTheConnectingNetwork() {
        JsonNode answer = INVESTIGATOR.get("/api/paths?from=P1&to=P5&k=2&asOf=" + WebFixture.AS_OF).json();
        JsonNode first = answer.path("paths").get(0);
        assertThat(first.path("hops").asInt()).isEqualTo(3);
        assertThat(texts(first.path("nodes"), null)).first().isEqualTo("P1");
        assertThat(texts(first.path("nodes"), null)).last().isEqualTo("P5");
        assertThat(answer.path("paths").get(1).path("hops").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(answer.path("ties").size()).isPositive();
        assertThat(INVESTIGATOR.get("/api/paths?from=P1&to=NOPE&asOf=" + WebFixture.AS_OF).status()).isEqualTo(404);
        JsonNode network = INVESTIGATOR.get("/api/paths/network?ids=P1,P5,B1&asOf=" + WebFixture.AS_OF).json();
        assertThat(texts(network.path("nodes"), "id")).contains("P1", "P5", "B1");
        assertThat(network.path("ties").size()).isGreaterThanOrEqualTo(network.path("nodes").size() - 1);
    }

    @Test
    void brokerPanel() {
        JsonNode panel = INVESTIGATOR.get("/api/brokers/B1/panel?asOf=" + WebFixture.AS_OF).json();
        assertThat(panel.path("broker").path("name").asString()).isEqualTo("Sakura Staffing");
        assertThat(panel.path("placementsByWeek").get(0).path("week").asString()).isEqualTo("2026-W04");
        assertThat(panel.path("fees").path("total").asDouble()).isEqualTo(450000.0);
        assertThat(panel.path("employers").get(0).path("id").asString()).isEqualTo("E1");
        assertThat(panel.path("employers").get(0).path("placedWorkers").asLong()).isEqualTo(1);
        assertThat(texts(panel.path("operators"), "id")).containsExactly("P3");
        JsonNode shared = panel.path("sharedIdentifiers").get(0);
        assertThat(shared.path("id").asString()).isEqualTo("ADDR1");
        assertThat(shared.path("usedThrough").asString()).isEqualTo("P3");
        assertThat(texts(shared.path("others"), "id")).containsExactly("P1");
        assertThat(texts(panel.path("organizationTies"), "organization")).containsExactly("O1");
        assertThat(INVESTIGATOR.get("/api/brokers/P1/panel").status()).isEqualTo(404);
    }

    @Test
    void anomaliesOfTheWeekWithIdsForInvestigatorsAndPseudonymsForTheOffice() {
        JsonNode plain = INVESTIGATOR.get("/api/anomalies?asOf=2026-10-14").json();
        assertThat(plain.path("asOf").asString()).isEqualTo(WebFixture.REPORT_DATE);
        assertThat(texts(plain.path("rows"), "subject_id")).containsExactly("B1", "P3");
        assertThat(plain.path("rows").get(1).path("evidence").asString()).isEqualTo("P3>P5>O1|P3>ADDR1");
        JsonNode office = OFFICE.get("/api/anomalies?asOf=2026-10-14").json();
        Pseudonymizer pseudonyms = Pseudonymizer.withKey("test-pseudonym-key-0123456789".getBytes());
        assertThat(office.path("pseudonymous").asBoolean()).isTrue();
        JsonNode lead = office.path("rows").get(1);
        assertThat(lead.path("subject_id").asString()).isEqualTo(pseudonyms.pseudonym("P3"));
        assertThat(lead.path("evidence").asString()).isEqualTo(pseudonyms.pseudonym("P3") + ">" + pseudonyms.pseudonym("P5") + ">"
                + pseudonyms.pseudonym("O1") + "|" + pseudonyms.pseudonym("P3") + ">" + pseudonyms.pseudonym("ADDR1"));
        assertThat(lead.path("explanation").asString()).isEqualTo("[withheld] links community " + pseudonyms.pseudonym("C1")
                + " to " + pseudonyms.pseudonym("O1") + ".");
        assertThat(office.path("rows").get(0).path("explanation").asString()).as("ids before punctuation are pseudonymised too")
                .isEqualTo("Community " + pseudonyms.pseudonym("C2") + ": broker " + pseudonyms.pseudonym("B1") + " places workers with "
                        + pseudonyms.pseudonym("E1") + ", which " + pseudonyms.pseudonym("O1") + " controls (" + pseudonyms.pseudonym("C2")
                        + "'s employer " + pseudonyms.pseudonym("E1") + "-linked; see " + pseudonyms.pseudonym("B1") + ".).");
        assertThat(office.toString()).doesNotContain("\"B1\"").doesNotContain(">E1").doesNotContain("C2").doesNotContain("B1 ");
        WebFixture.Answer none = OFFICE.get("/api/anomalies?asOf=2026-06-03");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.detail()).contains("no anomaly list for that week");
    }

    @Test
    void analystsQueriesArePseudonymousAndReadOnly() {
        JsonNode list = ANALYST.get("/api/queries").json();
        assertThat(texts(list, "name")).contains("shared-identifiers", "broker-placements-by-week");
        Pseudonymizer pseudonyms = Pseudonymizer.withKey("test-pseudonym-key-0123456789".getBytes());
        JsonNode rows = ANALYST.post("/api/cypher", "{\"statement\": \"MATCH (n:Individual) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n ORDER BY id\","
                + " \"parameters\": {\"ids\": [\"" + pseudonyms.pseudonym("P1") + "\", \"" + pseudonyms.pseudonym("P2") + "\"]}}").json();
        assertThat(rows.path("rows").size()).isEqualTo(2);
        String text = rows.toString();
        assertThat(text).doesNotContain("\"P1\"").doesNotContain("Tran").doesNotContain("Maria Santos");
        assertThat(rows.path("rows").get(0).get(0).asString()).startsWith("P-");
        assertThat(rows.path("rows").get(0).get(1).isNull()).as("no names in the analysts' model").isTrue();
        assertThat(ANALYST.post("/api/cypher", "{\"statement\": \"MATCH (n:Individual {id: 'P1'}) RETURN n\"}").json()
                .path("rows").size()).as("real ids find nothing").isZero();
        WebFixture.Answer write = ANALYST.post("/api/cypher", "{\"statement\": \"CREATE (:Entity {id: 'X9'})\"}");
        assertThat(write.status()).isEqualTo(400);
        assertThat(write.detail()).contains("refused");
        assertThat(INVESTIGATOR.get("/api/entities/X9").status()).isEqualTo(404);
        assertThat(ANALYST.post("/api/cypher", "{\"statement\": \"MATCH (n) DETACH DELETE n\"}").status()).isEqualTo(400);
        assertThat(ANALYST.post("/api/cypher", "{\"statement\": \"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l\"}").status()).isEqualTo(400);
        assertThat(ANALYST.post("/api/cypher", "{\"statement\": \"MATCH (n RETURN n\"}").json().path("parameter").asString()).isEqualTo("statement");
        assertThat(ANALYST.post("/api/cypher", "{\"statement\": \"\"}").status()).isEqualTo(400);
        assertThat(ANALYST.post("/api/cypher", "not json").json().path("parameter").asString()).isEqualTo("body");
        JsonNode saved = ANALYST.post("/api/queries/shared-identifiers", "{\"parameters\": {\"minUsers\": 2, \"asOf\": \"" + WebFixture.AS_OF + "\"}}").json();
        assertThat(saved.path("rows").get(0).get(0).asString()).isEqualTo(Pseudonymizer.withKey("test-pseudonym-key-0123456789".getBytes()).pseudonym("ADDR1"));
        WebFixture.Answer badParam = ANALYST.post("/api/queries/shared-identifiers", "{\"parameters\": {\"minUsers\": \"many\"}}");
        assertThat(badParam.status()).isEqualTo(400);
        assertThat(badParam.detail()).contains("minUsers");
        assertThat(ANALYST.post("/api/queries/shared-identifiers", "{\"parameters\": {\"nope\": 1}}").detail()).contains("nope");
        assertThat(ANALYST.post("/api/queries/no-such-query", "{}").status()).isEqualTo(404);
    }

    /** The findings of the security review against ad-hoc Cypher, each as the reviewer tried it. */
    @Test
    void adHocCypherRevealsNothingTheAnalystRoleMayNotSee() {
        for (String statement : List.of("MATCH (n) RETURN 'x' + n.name AS v", "MATCH (n) RETURN 'x' + n.id AS v",
                "MATCH (n) RETURN toUpper(n.name) AS v", "MATCH (n) RETURN reverse(n.id) AS v",
                "MATCH (n) RETURN split(n.name, '') AS v", "MATCH (d:LeadDecision) RETURN 'x' + d.subjectId AS v",
                "MATCH (u:KyoseiUser) RETURN u.name AS v, u.passwordHash AS h", "MATCH (n) WHERE n.passwordHash IS NOT NULL RETURN n",
                "MATCH (i:Identifier) RETURN i.value AS v", "MATCH ()-[r]->() RETURN r.source AS v",
                "MATCH (n) RETURN properties(n) AS v", "MATCH (n) RETURN [k IN keys(n) | toString(n[k])] AS v")) {
            WebFixture.Answer answer = ANALYST.post("/api/cypher", "{\"statement\": \"" + statement + "\"}");
            assertThat(answer.status()).as(statement).isEqualTo(200);
            String body = answer.json().path("rows").toString();
            assertThat(body).as(statement).doesNotContain("Tran", "Maria", "Sato", "Sakura", "Kita Danchi", "1-2-3 Kita",
                    "090-0000", "0001-111", "$2a$", "analyst", "investigator", "registry:", "\"P1\"", "\"C1\"", "ADDR1",
                    "1P\"", "1RDDA");
        }
        assertThat(ANALYST.post("/api/cypher", "{\"statement\": \"MATCH (u:KyoseiUser) RETURN u.passwordHash\"}").json()
                .path("rows").size()).isZero();
        for (String command : List.of("SHOW TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "SHOW SETTINGS",
                "SHOW USERS", "CALL dbms.listConfig()", "CALL db.clearQueryCaches()")) {
            WebFixture.Answer refused = ANALYST.post("/api/cypher", "{\"statement\": \"" + command + "\"}");
            assertThat(refused.status()).as(command).isEqualTo(400);
            assertThat(refused.json().path("parameter").asString()).isEqualTo("statement");
            assertThat(refused.detail()).as(command).startsWith("refused: ").doesNotContain("\n");
            AuditEvent recorded = WebFixture.audit().last();
            assertThat(recorded.parameters()).as(command).containsEntry("statement", command)
                    .containsEntry("refusal", refused.detail());
            assertThat(recorded.outcome()).isEqualTo("REJECTED");
        }
        ANALYST.post("/api/cypher", "{\"statement\": \"MATCH (n:Individual) RETURN 'x' + n.id AS v\"}");
        assertThat(WebFixture.audit().last().resultIds()).as("the subjects shown, however wrapped")
                .containsExactlyInAnyOrder("P1", "P2", "P3", "P4", "P5");
    }

    @Test
    void everyRequestIsAuditedWithUserCaseAndReturnedIds() {
        int before = WebFixture.audit().events().size();
        INVESTIGATOR.get("/api/entities/P1/neighbourhood?hops=1&asOf=" + WebFixture.AS_OF);
        AuditEvent read = WebFixture.audit().last();
        assertThat(read.user()).isEqualTo("investigator");
        assertThat(read.role()).isEqualTo("INVESTIGATOR");
        assertThat(read.action()).isEqualTo("GET /api/entities/{id}/neighbourhood");
        assertThat(read.caseReference()).isEqualTo("CASE-2026-001");
        assertThat(read.parameters()).containsEntry("hops", "1").containsEntry("asOf", WebFixture.AS_OF);
        assertThat(read.resultIds()).contains("P1", "B1", "E1");
        assertThat(read.outcome()).isEqualTo("OK");

        INVESTIGATOR.withPassword("wrong-password").get("/api/entities/P1");
        AuditEvent failed = WebFixture.audit().last();
        assertThat(failed.user()).isEqualTo("investigator");
        assertThat(failed.outcome()).isEqualTo("LOGIN_FAILED");

        INVESTIGATOR.get("/api/entities/P1/neighbourhood?hops=9");
        assertThat(WebFixture.audit().last().outcome()).isEqualTo("REJECTED");
        ANALYST.post("/api/cypher", "{\"statement\": \"RETURN 1 AS one\"}");
        assertThat(WebFixture.audit().last().parameters()).containsEntry("statement", "RETURN 1 AS one");
        assertThat(WebFixture.audit().events().size()).isEqualTo(before + 4);
    }

    @Test
    void noAnswerLeavesWhenTheAuditTrailCannotBeWritten() {
        WebFixture.audit().failing(true);
        try {
            WebFixture.Answer answer = INVESTIGATOR.get("/api/entities/P1");
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.response().body()).doesNotContain("Tran");
        } finally {
            WebFixture.audit().failing(false);
        }
    }

    @Test
    void adminsManageUsersWithoutSeeingPasswords() {
        WebFixture.Request admin = WebFixture.as(Role.ADMIN);
        assertThat(admin.put("/api/users/newanalyst", "{\"role\": \"analyst\", \"password\": \"a-long-password\"}").status()).isEqualTo(200);
        assertThat(new WebFixture.Request("newanalyst", "a-long-password", "x").get("/api/me").json().path("role").asString()).isEqualTo("ANALYST");
        assertThat(admin.get("/api/users").response().body()).contains("newanalyst").doesNotContain("$2");
        assertThat(admin.put("/api/users/x", "{\"role\": \"KING\", \"password\": \"a-long-password\"}").json().path("parameter").asString()).isEqualTo("role");
        assertThat(admin.put("/api/users/x", "{\"role\": \"ANALYST\", \"password\": \"short\"}").json().path("parameter").asString()).isEqualTo("password");
        assertThat(admin.put("/api/users/bad%20name", "{\"role\": \"ANALYST\", \"password\": \"a-long-password\"}").json().path("parameter").asString()).isEqualTo("name");
        // a changed password takes effect at once, even though verified passwords are remembered
        assertThat(admin.put("/api/users/newanalyst", "{\"role\": \"ANALYST\", \"password\": \"another-password\"}").status()).isEqualTo(200);
        assertThat(new WebFixture.Request("newanalyst", "a-long-password", "x").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void adminsCannotSetWeakPasswords() {
        WebFixture.Request admin = WebFixture.as(Role.ADMIN);
        for (String weak : List.of("password", "Password2026!", "weakling-password-1", "123456789012", "abababababab")) {
            WebFixture.Answer refused = admin.put("/api/users/weakling", "{\"role\": \"ANALYST\", \"password\": \"" + weak + "\"}");
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(weak).contains("application/problem+json");
            assertThat(refused.json().path("parameter").asString()).as(weak).isEqualTo("password");
            assertThat(refused.detail()).as(weak).startsWith("the password of user 'weakling'")
                    .doesNotContain(weak.equals("password") ? "'password'" : weak); // the reason never repeats the password
        }
        assertThat(new WebFixture.Request("weakling", "password", "x").get("/api/me").status()).isEqualTo(401);
        assertThat(admin.get("/api/users").response().body()).doesNotContain("weakling");
    }

    @Test
    void aClientKeepsItsConnectionForAThousandRequests() throws IOException {
        // Tomcat's default closes a connection after 100 requests; under a search load the reconnections were among
        // the slowest requests.
        try (Socket socket = new Socket("127.0.0.1", WebFixture.server().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (int i = 1; i <= 1_000; i++) {
                out.write("HEAD /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String status = in.readLine();
                assertThat(status).as("answer %d on the same connection", i).isNotNull().startsWith("HTTP/1.1 200");
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    assertThat(header.toLowerCase()).as("answer %d", i).isNotEqualTo("connection: close");
                }
            }
        }
    }
}
