package org.kyosei.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kyosei.query.QueryResult;
import org.kyosei.query.SavedQuery;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.security.AuditAttributes;
import org.kyosei.store.ReadOnlyQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Saved and ad-hoc read-only queries for analysts: read transaction, timeout, row cap; entity ids in the
 * answers are pseudonymised and names withheld.
 */
@RestController
@Tag(name = "queries", description = "ANALYST; answers pseudonymous")
class QueryController {
    private final SavedQueryCatalog catalog;
    private final ReadOnlyQueries queries;
    private final Redactor redactor;
    private final Clock clock;

    QueryController(SavedQueryCatalog catalog, ReadOnlyQueries queries, Redactor redactor, Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.redactor = redactor;
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
    @Operation(summary = "Runs a saved query with {\"parameters\": {...}}")
    Rows run(@PathVariable String name, @RequestBody(required = false) RunRequest body, HttpServletRequest request) {
        SavedQuery query = catalog.find(name).orElseThrow(() -> new NotFoundException("no saved query '" + name + "'"));
        Map<String, String> given = new LinkedHashMap<>();
        if (body != null && body.parameters() != null) {
            body.parameters().forEach((k, v) -> given.put(k, v == null ? "" : String.valueOf(v)));
        }
        given.forEach((k, v) -> AuditAttributes.parameter(request, "param." + k, v));
        Map<String, Object> bound;
        try {
            bound = SavedQueryCatalog.bind(query, given, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("parameters", e.getMessage().replace("--param ", ""));
        }
        return answer(request, queries.run(query.statement(), bound, Limits.QUERY_ROWS, Duration.ofSeconds(Limits.QUERY_TIMEOUT_SECONDS)));
    }

    @PostMapping("/api/cypher")
    @Operation(summary = "An ad-hoc read-only statement {\"statement\": \"...\", \"parameters\": {...}}; a write is refused with 400")
    Rows cypher(@RequestBody CypherRequest body, HttpServletRequest request) {
        if (body.statement() == null || body.statement().isBlank()) {
            throw new BadParameterException("statement", "the body needs a non-empty \"statement\"");
        }
        AuditAttributes.parameter(request, "statement", body.statement());
        if (body.statement().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").contains("LOAD CSV")) {
            throw new BadParameterException("statement", "LOAD CSV reads files and is refused here");
        }
        Map<String, Object> parameters = body.parameters() == null ? Map.of() : body.parameters();
        return answer(request, queries.run(body.statement(), parameters, Limits.QUERY_ROWS, Duration.ofSeconds(Limits.QUERY_TIMEOUT_SECONDS)));
    }

    private Rows answer(HttpServletRequest request, QueryResult result) {
        QueryResult redacted = redactor.redact(result);
        AuditAttributes.parameter(request, "rows", Integer.toString(result.rows().size()));
        return new Rows(redacted.columns(), redacted.rows(), redacted.truncated(), Limits.QUERY_ROWS, true);
    }
}
