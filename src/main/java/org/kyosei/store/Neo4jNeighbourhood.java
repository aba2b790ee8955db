package org.kyosei.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kyosei.query.Neighbourhood;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Expands a neighbourhood hop by hop in read transactions, keeping at most {@code cap} entities;
 * within a hop the ties with the highest confidence and weight and the latest start come first,
 * so a hub with thousands of links shows its strongest ones.
 */
public final class Neo4jNeighbourhood {
    private static final String EXPAND = """
            UNWIND $frontier AS centre
            MATCH (n:Entity {id: centre})-[r]-(m:Entity)
            WHERE r.since <= $asOf AND r.until >= $asOf
            RETURN startNode(r).id AS src, type(r) AS type, endNode(r).id AS dst, toString(r.since) AS since,
                   r.weight AS weight, r.confidence AS confidence, m.id AS other,
                   [l IN labels(m) WHERE l <> 'Entity'][0] AS label
            ORDER BY r.confidence DESC, r.since DESC, r.weight DESC, other
            """;

    private final Driver driver;

    public Neo4jNeighbourhood(Driver driver) {
        this.driver = driver;
    }

    /** The neighbourhood of {@code id}, or empty when no such entity exists. */
    public Optional<Neighbourhood> around(String id, int hops, LocalDate asOf, int cap) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                List<Record> centre = tx.run("MATCH (n:Entity {id: $id}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label",
                        Map.of("id", id)).list();
                if (centre.isEmpty()) {
                    return Optional.empty();
                }
                Map<String, Neighbourhood.Member> members = new LinkedHashMap<>();
                members.put(id, new Neighbourhood.Member(id, centre.getFirst().get("label").asString(), 0));
                Set<String> tieKeys = new LinkedHashSet<>();
                List<Neighbourhood.Tie> ties = new ArrayList<>();
                List<String> frontier = List.of(id);
                boolean truncated = false;
                for (int hop = 1; hop <= hops && !frontier.isEmpty() && !truncated; hop++) {
                    List<String> next = new ArrayList<>();
                    for (Record r : tx.run(EXPAND, Map.of("frontier", frontier, "asOf", asOf)).list()) {
                        String other = r.get("other").asString();
                        if (!members.containsKey(other)) {
                            if (members.size() >= cap) {
                                truncated = true;
                                continue;
                            }
                            members.put(other, new Neighbourhood.Member(other, r.get("label").asString(""), hop));
                            next.add(other);
                        }
                        Neighbourhood.Tie tie = new Neighbourhood.Tie(r.get("src").asString(), r.get("type").asString(),
                                r.get("dst").asString(), r.get("since").asString(), r.get("weight").asDouble(1.0),
                                r.get("confidence").asDouble(1.0));
                        if (tieKeys.add(tie.src() + "|" + tie.type() + "|" + tie.dst() + "|" + tie.since())) {
                            ties.add(tie);
                        }
                    }
                    frontier = next;
                }
                return Optional.of(new Neighbourhood(List.copyOf(members.values()), List.copyOf(ties), cap, truncated));
            });
        }
    }
}
