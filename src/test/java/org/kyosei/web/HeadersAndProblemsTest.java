package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.Role;
import org.kyosei.security.SecurityHeaders;

/**
 * Security headers (a strict Content-Security-Policy among them) on every answer, HEAD as GET, and RFC 7807
 * problems for the paths and methods no controller answers ({@code /error}, TRACE, unknown files).
 */
class HeadersAndProblemsTest {
    @TempDir
    static Path tmp;

    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
            "X-Frame-Options", "Cache-Control", "Referrer-Policy");

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() {
        for (WebFixture.Answer answer : List.of(WebFixture.anonymous().get("/"), WebFixture.anonymous().get("/app/app.js"),
                WebFixture.anonymous().get("/api/me"), WebFixture.as(Role.INVESTIGATOR).get("/api/entities/P1"),
                WebFixture.as(Role.INVESTIGATOR).get("/api/entities/NOPE"), WebFixture.anonymous().get("/actuator/health"))) {
            String csp = answer.header("Content-Security-Policy");
            assertThat(csp).as(answer.response().uri().toString()).isNotNull();
            assertThat(csp).contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                    "base-uri 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("*");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void headAnswersCarryTheSameSecurityHeadersAsGet() {
        for (String path : List.of("/", "/index.html", "/app/app.js", "/actuator/health", "/api/me")) {
            WebFixture.Answer get = WebFixture.anonymous().get(path);
            WebFixture.Answer head = WebFixture.anonymous().send("HEAD", path, null);
            assertThat(head.status()).as(path).isEqualTo(get.status());
            for (String header : SECURITY_HEADERS) {
                assertThat(head.header(header)).as("HEAD " + path + " " + header).isNotNull().isEqualTo(get.header(header));
            }
        }
    }

    @Test
    void theUiNeedsNoInlineScriptOrStyle() throws IOException, NoSuchAlgorithmException {
        // the policy allows neither inline scripts nor inline styles, so the UI's own files must not rely on them
        String html = WebFixture.anonymous().get("/").response().body();
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain(" style=").doesNotContain("<style")
                .doesNotContainPattern(" on[a-z]+=");
        String js = Files.readString(Path.of("src/main/resources/static/app/app.js"), StandardCharsets.UTF_8);
        assertThat(js).doesNotContain("style=\"").doesNotContain("style='").doesNotContain("eval(").doesNotContain("new Function");
        // Cytoscape.js adds one <style> element of its own: the policy allows exactly that text, by its hash
        String cytoscape = WebFixture.anonymous().get("/webjars/cytoscape/dist/cytoscape.min.js").response().body();
        assertThat(cytoscape).contains("\"__________cytoscape_container\"", "\" { position: relative; }\"");
        String hash = "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(".__________cytoscape_container { position: relative; }".getBytes(StandardCharsets.UTF_8))) + "'";
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("style-src 'self' " + hash + ";");
    }

    @Test
    void errorTraceAndUnknownFilesAreProblemDocuments() {
        record Case(String method, String path, int status) {
        }
        for (Case c : List.of(new Case("GET", "/error", 404), new Case("POST", "/error", 404),
                new Case("TRACE", "/", 405), new Case("TRACE", "/api/me", 405), new Case("TRACE", "/app/app.js", 405),
                new Case("GET", "/app/no-such-file.js", 404), new Case("GET", "/webjars/no-such-lib/x.js", 404),
                new Case("GET", "/swagger-ui/no-such-file.css", 404))) {
            WebFixture.Answer answer = WebFixture.anonymous().send(c.method(), c.path(), null);
            String what = c.method() + " " + c.path() + ": " + answer.response().body();
            assertThat(answer.status()).as(what).isEqualTo(c.status());
            assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertThat(answer.json().path("status").asInt()).as(what).isEqualTo(c.status());
            assertThat(answer.json().path("title").asString()).as(what).isNotBlank();
            assertThat(answer.json().path("detail").asString()).as(what).isNotBlank();
            assertThat(answer.json().has("timestamp")).as("not Spring's default body: " + what).isFalse();
            assertThat(answer.json().has("trace")).as(what).isFalse();
            assertThat(answer.response().body()).as(what).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(answer.header("Content-Security-Policy")).as(what).isNotNull();
        }
    }
}
