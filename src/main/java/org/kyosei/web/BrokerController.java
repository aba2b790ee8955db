package org.kyosei.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kyosei.query.BrokerLinks;
import org.kyosei.query.EntityMatch;
import org.kyosei.query.EntityView;
import org.kyosei.query.QueryResult;
import org.kyosei.query.SavedQuery;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.security.AuditAttributes;
import org.kyosei.store.Neo4jBrokerPanel;
import org.kyosei.store.Neo4jEntities;
import org.kyosei.store.ReadOnlyQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A broker's panel: placements and fees by week and its ties to organizations (the saved queries
 * {@code broker-placements-by-week} and {@code ties-to-organizations}), employers supplied, operators, and
 * the addresses, phones and accounts it shares.
 */
@RestController
@Tag(name = "brokers", description = "INVESTIGATOR; header X-Kyosei-Case required")
class BrokerController {
    private final Neo4jEntities entities;
    private final Neo4jBrokerPanel panels;
    private final SavedQueryCatalog catalog;
    private final ReadOnlyQueries queries;
    private final Clock clock;

    BrokerController(Neo4jEntities entities, Neo4jBrokerPanel panels, SavedQueryCatalog catalog, ReadOnlyQueries queries, Clock clock) {
        this.entities = entities;
        this.panels = panels;
        this.catalog = catalog;
        this.queries = queries;
        this.clock = clock;
    }

    /** Fee totals over all placements. */
    record Fees(long placements, double total, double averagePerPlacement) {
    }

    record BrokerPanel(EntityView broker, LocalDate asOf, List<Map<String, Object>> placementsByWeek, Fees fees,
                       List<BrokerLinks.SuppliedEmployer> employers, List<EntityMatch> operators,
                       List<BrokerLinks.SharedIdentifier> sharedIdentifiers, List<Map<String, Object>> organizationTies) {
    }

    @GetMapping("/api/brokers/{id}/panel")
    @Operation(summary = "A broker's panel: placements by week, fees, employers supplied, shared identifiers, ties to organizations")
    BrokerPanel panel(@PathVariable String id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference, HttpServletRequest request) {
        CaseReference.require(caseReference);
        EntityView broker = entities.find(id).filter(e -> e.label().equals("Broker"))
                .orElseThrow(() -> new NotFoundException("no broker '" + id + "'"));
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        List<Map<String, Object>> weeks = saved("broker-placements-by-week", Map.of("broker", id));
        long placements = 0;
        double total = 0;
        for (Map<String, Object> week : weeks) {
            placements += ((Number) week.get("placements")).longValue();
            total += week.get("total_fee") instanceof Number n ? n.doubleValue() : 0;
        }
        BrokerLinks links = panels.links(id, date);
        List<Map<String, Object>> ties = saved("ties-to-organizations", Map.of("id", id, "asOf", date));
        List<String> returned = new ArrayList<>();
        returned.add(id);
        links.employers().forEach(e -> returned.add(e.id()));
        links.operators().forEach(o -> returned.add(o.id()));
        links.sharedIdentifiers().forEach(s -> {
            returned.add(s.id());
            s.others().forEach(o -> returned.add(o.id()));
        });
        ties.forEach(t -> returned.add(String.valueOf(t.get("organization"))));
        AuditAttributes.returned(request, returned);
        return new BrokerPanel(broker, date, weeks, new Fees(placements, total, placements == 0 ? 0 : total / placements),
                links.employers(), links.operators(), links.sharedIdentifiers(), ties);
    }

    private List<Map<String, Object>> saved(String name, Map<String, Object> parameters) {
        SavedQuery query = catalog.find(name).orElseThrow(() -> new IllegalStateException("saved query " + name + " is missing"));
        QueryResult result = queries.run(query.statement(), parameters, Limits.QUERY_ROWS, Duration.ofSeconds(Limits.QUERY_TIMEOUT_SECONDS));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                map.put(result.columns().get(i), row.get(i));
            }
            rows.add(map);
        }
        return rows;
    }
}
