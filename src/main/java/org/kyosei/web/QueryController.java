package org.kyosei.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kyosei.application.AnalystQueries;
import org.kyosei.application.Bounds;
import org.kyosei.query.QueryResult;
import org.kyosei.query.SavedQuery;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.security.AuditAttributes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Saved and ad-hoc read-only queries for analysts, run on the pseudonymised read model (see
 * {@link AnalystQueries}): read transaction, timeout, row cap, and the statement policy; the real subjects
 * behind the pseudonyms an answer shows go to the audit trail.
 */
@RestController
@Tag(name = "queries", description = "ANALYST; answers pseudonymous")
class QueryController {
    /** The longest ad-hoc statement accepted. */
    static final int MAX_STATEMENT = 20_000;

    private final SavedQueryCatalog catalog;
    private final AnalystQueries queries;
    private final Clock clock;

    QueryController(AnalystQueries queries, Clock clock) {
        this.catalog = queries.catalog();
        this.queries = queries;
        this.clock = clock;
    }

    record ParameterInfo(String name, String type, String defaultValue, String description) {
    }

    record QueryInfo(String name, String purpose, List<ParameterInfo> parameters, List<String> columns) {
    }

    record RunRequest(Map<String, Object> parameters) {
    }

    record CypherRequest(String statement, Map<String, Object> parameters) {
    }

    record Rows(List<String> columns, List<List<Object>> rows, boolean truncated, int rowLimit, boolean pseudonymous) {
    }

    @GetMapping("/api/queries")
    @Operation(summary = "The saved queries and their parameters")
    List<QueryInfo> list() {
        return catalog.all().stream().map(q -> new QueryInfo(q.name(), q.purpose(), q.parameters().stream()
                .map(p -> new ParameterInfo(p.name(), p.type().name().toLowerCase(Locale.ROOT), p.defaultValue().orElse(null),
                        p.description())).toList(), q.columns())).toList();
    }

    @PostMapping("/api/queries/{name}")
    @Operation(summary = "Runs a saved query with {\"parameters\": {...}} on the pseudonymised read model")
    Rows run(@PathVariable String name, @RequestBody(required = false) RunRequest body, HttpServletRequest request) {
        SavedQuery query = catalog.find(name).orElseThrow(() -> new NotFoundException("no saved query '" + name + "'"));
        Map<String, String> given = new LinkedHashMap<>();
        if (body != null && body.parameters() != null) {
            body.parameters().forEach((k, v) -> given.put(k, v == null ? "" : String.valueOf(v)));
        }
        given.forEach((k, v) -> AuditAttributes.parameter(request, "param." + k, v));
        AnalystQueries.Answer answer;
        Map<String, Object> bound;
        try {
            bound = SavedQueryCatalog.bind(query, given, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("parameters", e.getMessage().replace("--param ", ""));
        }
        answer = queries.saved(query, bound, Bounds.QUERY_ROWS, Duration.ofSeconds(Bounds.QUERY_TIMEOUT_SECONDS));
        return answer(request, answer);
    }

    @PostMapping("/api/cypher")
    @Operation(summary = "An ad-hoc read-only statement {\"statement\": \"...\", \"parameters\": {...}} on the pseudonymised "
            + "read model; a write, an administrative command, a procedure or LOAD CSV is refused with 400")
    Rows cypher(@RequestBody CypherRequest body, HttpServletRequest request) {
        if (body.statement() == null || body.statement().isBlank()) {
            throw BadParameterException.localized("statement", "statement.missing");
        }
        if (body.statement().length() > MAX_STATEMENT) {
            throw BadParameterException.localized("statement", "statement.tooLong", String.valueOf(body.statement().length()),
                    String.valueOf(MAX_STATEMENT));
        }
        AuditAttributes.parameter(request, "statement", body.statement());
        Map<String, Object> parameters = body.parameters() == null ? Map.of() : body.parameters();
        try {
            return answer(request, queries.adHoc(body.statement(), parameters, Bounds.QUERY_ROWS,
                    Duration.ofSeconds(Bounds.QUERY_TIMEOUT_SECONDS)));
        } catch (AnalystQueries.RefusedException e) {
            AuditAttributes.parameter(request, "refusal", e.getMessage());
            throw e.key() == null ? new BadParameterException("statement", e.getMessage())
                    : BadParameterException.localized("statement", e.key(), e.args());
        }
    }

    private Rows answer(HttpServletRequest request, AnalystQueries.Answer answer) {
        QueryResult result = answer.result();
        AuditAttributes.parameter(request, "rows", Integer.toString(result.rows().size()));
        AuditAttributes.returned(request, answer.subjectsShown());
        return new Rows(result.columns(), result.rows(), result.truncated(), Bounds.QUERY_ROWS, true);
    }
}
