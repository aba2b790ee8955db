package org.kyosei.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.application.port.BrokerLinkReads;
import org.kyosei.application.port.EntityReads;
import org.kyosei.application.port.ReadOnlyStatements;
import org.kyosei.query.BrokerLinks;
import org.kyosei.query.EntityMatch;
import org.kyosei.query.EntityView;
import org.kyosei.query.QueryResult;
import org.kyosei.query.SavedQuery;
import org.kyosei.query.SavedQueryCatalog;

/**
 * A broker's panel: placements and fees by week and its ties to organizations (the saved queries
 * {@code broker-placements-by-week} and {@code ties-to-organizations}), employers supplied, operators, and
 * the addresses, phones and accounts it shares.
 */
public final class BrokerPanelService {
    /** Fee totals over all placements. */
    public record Fees(long placements, double total, double averagePerPlacement) {
    }

    public record BrokerPanel(EntityView broker, LocalDate asOf, List<Map<String, Object>> placementsByWeek, Fees fees,
                              List<BrokerLinks.SuppliedEmployer> employers, List<EntityMatch> operators,
                              List<BrokerLinks.SharedIdentifier> sharedIdentifiers, List<Map<String, Object>> organizationTies) {
    }

    private final EntityReads entities;
    private final BrokerLinkReads links;
    private final SavedQueryCatalog catalog;
    private final ReadOnlyStatements statements;

    public BrokerPanelService(EntityReads entities, BrokerLinkReads links, SavedQueryCatalog catalog, ReadOnlyStatements statements) {
        this.entities = entities;
        this.links = links;
        this.catalog = catalog;
        this.statements = statements;
    }

    /** The panel of broker {@code id} as of a day and the ids it shows, or empty when there is no such broker. */
    public Optional<Shown<BrokerPanel>> panel(String id, LocalDate date) {
        Optional<EntityView> found = entities.find(id).filter(e -> e.label().equals("Broker"));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> weeks = saved("broker-placements-by-week", Map.of("broker", id));
        long placements = 0;
        double total = 0;
        for (Map<String, Object> week : weeks) {
            placements += ((Number) week.get("placements")).longValue();
            total += week.get("total_fee") instanceof Number n ? n.doubleValue() : 0;
        }
        BrokerLinks linked = links.links(id, date);
        List<Map<String, Object>> ties = saved("ties-to-organizations", Map.of("id", id, "asOf", date));
        List<String> returned = new ArrayList<>();
        returned.add(id);
        linked.employers().forEach(e -> returned.add(e.id()));
        linked.operators().forEach(o -> returned.add(o.id()));
        linked.sharedIdentifiers().forEach(s -> {
            returned.add(s.id());
            s.others().forEach(o -> returned.add(o.id()));
        });
        ties.forEach(t -> returned.add(String.valueOf(t.get("organization"))));
        BrokerPanel panel = new BrokerPanel(found.get(), date, weeks, new Fees(placements, total, placements == 0 ? 0 : total / placements),
                linked.employers(), linked.operators(), linked.sharedIdentifiers(), ties);
        return Optional.of(new Shown<>(panel, returned));
    }

    private List<Map<String, Object>> saved(String name, Map<String, Object> parameters) {
        SavedQuery query = catalog.find(name).orElseThrow(() -> new IllegalStateException("saved query " + name + " is missing"));
        QueryResult result = statements.run(query.statement(), parameters, Bounds.QUERY_ROWS,
                Duration.ofSeconds(Bounds.QUERY_TIMEOUT_SECONDS));
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
