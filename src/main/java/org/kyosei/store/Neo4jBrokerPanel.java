package org.kyosei.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kyosei.application.port.BrokerLinkReads;
import org.kyosei.query.BrokerLinks;
import org.kyosei.query.EntityMatch;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

/** The links of a broker shown in its panel (placements and organization ties come from saved queries). */
public final class Neo4jBrokerPanel implements BrokerLinkReads {
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();
    private static final String VALID = "r.since <= $asOf AND r.until >= $asOf";

    private final Driver driver;

    public Neo4jBrokerPanel(Driver driver) {
        this.driver = driver;
    }

    @Override
    public BrokerLinks links(String brokerId, LocalDate asOf) {
        Map<String, Object> params = Map.of("id", brokerId, "asOf", asOf);
        List<BrokerLinks.SuppliedEmployer> employers = driver.executableQuery("""
                MATCH (b:Broker {id: $id})-[r:SUPPLIES]->(e:Employer)
                WHERE %s
                OPTIONAL MATCH (b)-[p:PLACED]->(w:Individual)-[j:EMPLOYED_BY]->(e)
                WHERE p.since <= $asOf AND p.until >= $asOf AND j.since <= $asOf AND j.until >= $asOf
                RETURN e.id AS id, e.name AS name, toString(min(r.since)) AS since, count(DISTINCT w) AS placed
                ORDER BY placed DESC, id
                """.formatted(VALID)).withParameters(params).withConfig(READ).execute().records().stream()
                .map(r -> new BrokerLinks.SuppliedEmployer(r.get("id").asString(), r.get("name").asString(""),
                        r.get("since").asString(), r.get("placed").asLong())).toList();
        List<EntityMatch> operators = driver.executableQuery("""
                MATCH (b:Broker {id: $id})<-[r:OPERATES]-(o:Entity)
                WHERE %s
                RETURN DISTINCT o.id AS id, [l IN labels(o) WHERE l <> 'Entity'][0] AS label, o.name AS name ORDER BY id
                """.formatted(VALID)).withParameters(params).withConfig(READ).execute().records().stream()
                .map(r -> new EntityMatch(r.get("id").asString(), r.get("label").asString(""), text(r.get("name")))).toList();
        List<BrokerLinks.SharedIdentifier> shared = driver.executableQuery("""
                MATCH (b:Broker {id: $id})
                OPTIONAL MATCH (b)<-[op:OPERATES]-(operator:Entity)
                WHERE op.since <= $asOf AND op.until >= $asOf
                WITH b, [b] + collect(DISTINCT operator) AS holders
                UNWIND holders AS holder
                MATCH (holder)-[r:USES]->(i:Identifier)
                WHERE %s
                MATCH (i)<-[u:USES]-(other:Entity)
                WHERE u.since <= $asOf AND u.until >= $asOf AND NOT other IN holders
                WITH i, holder, other ORDER BY other.id
                WITH i, holder, collect(DISTINCT other) AS others
                RETURN i.id AS id, i.kind AS kind, i.value AS value, holder.id AS through, size(others) AS count,
                       [o IN others[..20] | {id: o.id, label: [l IN labels(o) WHERE l <> 'Entity'][0], name: o.name}] AS firstOthers
                ORDER BY count DESC, id
                """.formatted(VALID)).withParameters(params).withConfig(READ).execute().records().stream()
                .map(r -> new BrokerLinks.SharedIdentifier(r.get("id").asString(), r.get("kind").asString(""),
                        r.get("value").asString(""), r.get("through").asString(), r.get("count").asLong(),
                        r.get("firstOthers").asList(v -> new EntityMatch(v.get("id").asString(), v.get("label").asString(""),
                                text(v.get("name")))))).toList();
        return new BrokerLinks(employers, operators, shared);
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
