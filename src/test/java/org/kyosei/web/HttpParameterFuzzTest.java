package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.kyosei.security.Role;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile values in every parameter of the HTTP API: whatever arrives, the answer is never a server error and
 * never a stack trace; bad input gets a 4xx problem that names what is wrong.
 */
class HttpParameterFuzzTest {
    private static final int TRIES = 60;

    @BeforeContainer
    static void loadTheTinyGraph() throws IOException {
        WebFixture.reset(Files.createTempDirectory("kyosei-http-fuzz"));
    }

    /** Text that parameters get in practice and in attacks: numbers out of range, dates, injections, unicode. */
    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789-+.eE").ofMaxLength(25),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("", " ", "0", "-1", "4", "5", "20", "21", "1000", "1001", "99999999999999999999", "NaN",
                        "2026-11-29", "2026-02-30", "2026-13-01", "29/11/2026", "0001-01-01", "9999-12-31",
                        "P1", "B1", "O1", "NOPE", "' OR 1=1 //", "\") RETURN 1 //", "MATCH (n) DETACH DELETE n",
                        "${jndi:ldap://x}", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000", "名前", "😀"));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void readEndpointsAnswerBadParametersWithAProblemNeverAServerError(@ForAll("values") String a, @ForAll("values") String b,
                                                                       @ForAll("values") String c) {
        WebFixture.Request investigator = WebFixture.as(Role.INVESTIGATOR);
        check(investigator.get("/api/entities?q=" + query(a)));
        check(investigator.get("/api/entities/" + segment(a)));
        check(investigator.get("/api/entities/P1/neighbourhood?hops=" + query(a) + "&limit=" + query(b) + "&asOf=" + query(c)));
        check(investigator.get("/api/entities/" + segment(b) + "/neighbourhood?hops=2&offset=" + query(c)));
        check(investigator.get("/api/paths?from=" + query(a) + "&to=P5&k=" + query(b) + "&asOf=" + query(c)));
        check(investigator.get("/api/brokers/" + segment(a) + "/panel"));
        check(WebFixture.as(Role.OFFICE).get("/api/anomalies?asOf=" + query(a)));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void queryEndpointsRefuseWhatTheyCannotRunAndNeverWrite(@ForAll("values") String statement, @ForAll("values") String value) {
        WebFixture.Request analyst = WebFixture.as(Role.ANALYST);
        check(analyst.post("/api/cypher", json(Map.of("statement", statement, "parameters", Map.of("x", value)))));
        check(analyst.post("/api/queries/" + segment(statement), json(Map.of("parameters", Map.of("id", value)))));
        check(analyst.post("/api/queries/community-profile", json(Map.of("parameters", Map.of("limit", value)))));
        check(analyst.post("/api/cypher", statement));   // not even JSON
        WebFixture.Answer count = analyst.post("/api/cypher", json(Map.of("statement", "MATCH (n:Entity) RETURN count(n) AS n")));
        assertThat(count.status()).isEqualTo(200);
        assertThat(count.json().toString()).as("the graph is untouched").contains("15");
    }

    private static void check(WebFixture.Answer answer) {
        String body = answer.response().body();
        assertThat(answer.status()).as("no server error for hostile input: " + body).isLessThan(500);
        assertThat(body).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
        if (answer.status() >= 400 && answer.status() != 401 && answer.status() != 403 && answer.status() != 429) {
            assertThat(answer.json()).as("a problem document: " + body).isNotNull();
            assertThat(answer.json().path("detail").asString()).as("says what is wrong: " + answer.status() + " " + body).isNotBlank();
        }
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String segment(String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.isEmpty() ? "%20" : encoded;
    }

    private static String json(Object value) {
        return WebFixture.JSON.writeValueAsString(value);
    }
}
