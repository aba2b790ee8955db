package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.kyosei.application.NeighbourhoodService;
import org.kyosei.security.Role;
import org.kyosei.security.UserAccounts;
import org.kyosei.store.Neo4jUserDirectory;
import org.kyosei.support.CliRun;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;
import org.kyosei.wiring.KyoseiContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one web application of the test JVM: started once on the shared embedded Neo4j (random port, loopback),
 * with a recording audit log and a reports folder. {@link #reset()} loads the tiny dataset, one user per
 * role (password {@link #password(Role)}) and this week's anomaly list.
 */
final class WebFixture {
    static final String ANOMALIES = """
            rank,subject_id,subject_label,indicator,score,status,first_seen,explanation,evidence
            1,B1,Broker,front_broker,0.91,NEW,2026-11-23,"Community C2: broker B1 places workers with E1, which O1 controls (C2's employer E1-linked; see B1.).",B1>E1>O1
            2,P3,Individual,gatekeeper,0.40,PERSISTING,2026-11-16,Ken Sato links community C1 to O1.,P3>P5>O1|P3>ADDR1
            """;
    static final String AS_OF = "2026-11-01";
    /** A fixed report date for the API tests; the same list is also written for today's week (the UI's default). */
    static final String REPORT_DATE = "2026-10-12";
    /** A scheduled run's folder, named by ISO week: the week of Monday 2026-09-14 to Sunday 2026-09-20. */
    static final String ISO_WEEK_FOLDER = "2026-W38";

    private static WebServer server;
    private static RecordingAuditLog audit;
    private static Path reports;
    private static Path trail;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private WebFixture() {
    }

    static synchronized WebServer server() {
        if (server == null) {
            try {
                reports = Files.createTempDirectory("kyosei-reports");
                trail = Files.createTempDirectory("kyosei-trail");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            audit = new RecordingAuditLog(new org.kyosei.audit.FileAuditLog(trail));
            server = WebServer.start(KyoseiContext.over(SharedNeo4j.connection()), audit,
                    new WebServer.Settings("127.0.0.1", 0, reports, "test-pseudonym-key-0123456789", trail));
        }
        return server;
    }

    static RecordingAuditLog audit() {
        server();
        return audit;
    }

    static Path reports() {
        server();
        return reports;
    }

    /** An empty graph with the tiny dataset, a user per role, and the anomaly list of the week of 2026-11-23. */
    static synchronized void reset(Path tmp) throws IOException {
        server();
        SharedNeo4j.emptied();
        DatasetFiles dataset = DatasetFiles.tiny(tmp.resolve("tiny"));
        CliRun imported = CliRun.external("import", dataset.dir().toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        server.bean(NeighbourhoodService.class).reload();
        server.bean(org.kyosei.application.AnalystQueries.class).rebuildNow();
        UserAccounts accounts = new UserAccounts(new Neo4jUserDirectory(SharedNeo4j.driver()));
        for (Role role : Role.values()) {
            accounts.addOrUpdate(user(role), role, password(role));
        }
        for (String date : List.of(REPORT_DATE, LocalDate.now().toString(), ISO_WEEK_FOLDER)) {
            Path week = reports.resolve(date);
            Files.createDirectories(week);
            Files.writeString(week.resolve("anomalies.csv"), ANOMALIES, StandardCharsets.UTF_8);
        }
    }

    static String user(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The fixture user's password: one the password policy accepts (12+ characters, not holding the name, not common). */
    static String password(Role role) {
        return "Fx-" + role.ordinal() + "-staple-battery";
    }

    /** An answer: status, headers and the body parsed as JSON (or null). */
    record Answer(int status, HttpResponse<String> response, JsonNode json) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String detail() {
            return json == null ? null : json.path("detail").asString();
        }
    }

    static Request as(Role role) {
        return new Request(role == null ? null : user(role), role == null ? null : password(role), "CASE-2026-001");
    }

    static Request anonymous() {
        return new Request(null, null, "CASE-2026-001");
    }

    /** A request builder for one caller. */
    record Request(String user, String password, String caseReference, String language) {
        Request(String user, String password, String caseReference) {
            this(user, password, caseReference, null);
        }

        Request withPassword(String other) {
            return new Request(user, other, caseReference, language);
        }

        Request withoutCase() {
            return new Request(user, password, null, language);
        }

        /** The same caller, sending {@code Accept-Language: languages}. */
        Request accepting(String languages) {
            return new Request(user, password, caseReference, languages);
        }

        Answer get(String path) {
            return send("GET", path, null);
        }

        Answer post(String path, String json) {
            return send("POST", path, json);
        }

        Answer put(String path, String json) {
            return send("PUT", path, json);
        }

        Answer send(String method, String path, String json) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server().url() + path.replaceFirst("^/", "")))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                builder.header("Content-Type", "application/json");
            }
            if (user != null) {
                builder.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            if (caseReference != null) {
                builder.header("X-Kyosei-Case", caseReference);
            }
            if (language != null) {
                builder.header("Accept-Language", language);
            }
            try {
                HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                String type = response.headers().firstValue("Content-Type").orElse("");
                JsonNode body = type.contains("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
                return new Answer(response.statusCode(), response, body);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
