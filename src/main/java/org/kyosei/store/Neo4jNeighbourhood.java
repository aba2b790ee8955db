package org.kyosei.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.application.port.NeighbourhoodReads;
import org.kyosei.query.Neighbourhood;
import org.kyosei.query.NeighbourhoodExpansion.Expansion;
import org.kyosei.query.NeighbourhoodExpansion.Found;
import org.kyosei.query.NeighbourhoodExpansion.TieList;
import org.kyosei.query.NeighbourhoodExpansion;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Neighbourhoods read from the database ({@link NeighbourhoodExpansion} over Cypher reads).
 *
 * <p>Each entity's valid ties as of a date are read once, sorted strongest first, at most
 * {@value NeighbourhoodExpansion#MIN_TIES_KEPT} (or the room under the cap, if larger) with the number of distinct
 * entities they reach, and kept in a small cache for {@value #CACHE_MINUTES} minutes: the communities, employers
 * and accounts that make hop 2 expensive are shared by many neighbourhoods. Never a variable-length match. So an
 * entity's ties are at most {@value #CACHE_MINUTES} minutes behind an import made while serving.
 */
public final class Neo4jNeighbourhood implements NeighbourhoodReads {
    static final long CACHE_MINUTES = 5;
    private static final long CACHE_WEIGHT = 3_000_000;

    private static final String TIES = """
            UNWIND $ids AS centre
            MATCH (n:Entity {id: centre})
            CALL (n) {
              MATCH (n)-[r]-(m:Entity)
              WHERE r.since <= $asOf AND r.until >= $asOf
              WITH r, m ORDER BY r.confidence DESC, r.since DESC, r.weight DESC, m.id
              WITH collect([r, m]) AS all, count(DISTINCT m) AS reachable
              RETURN reachable, [x IN all[0..$limit] | [startNode(x[0]).id, type(x[0]), endNode(x[0]).id, toString(x[0].since),
                      x[0].weight, x[0].confidence, x[1].id, [l IN labels(x[1]) WHERE l <> 'Entity'][0], x[1].name]] AS ties
            }
            RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, reachable, ties
            """;

    private record Key(String id, LocalDate asOf) {
    }

    private final Driver driver;
    private final Cache<Key, TieList> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(CACHE_MINUTES))
            .maximumWeight(CACHE_WEIGHT)
            .weigher((Key k, TieList v) -> 1 + v.ties().size())
            .build();

    public Neo4jNeighbourhood(Driver driver) {
        this.driver = driver;
    }

    /** Forgets every cached tie list (after the graph changed in this process). */
    @Override
    public void forgetCached() {
        cache.invalidateAll();
    }

    /** The neighbourhood of {@code id}, or empty when no such entity exists. */
    @Override
    public Optional<Neighbourhood> around(String id, int hops, LocalDate asOf, int cap) {
        return expand(id, hops, asOf, cap).map(Expansion::neighbourhood);
    }

    /** The neighbourhood of {@code id} with how many more entities the cap left out, or empty when no such entity exists. */
    @Override
    public Optional<Expansion> expand(String id, int hops, LocalDate asOf, int cap) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> NeighbourhoodExpansion.expand((ids, date, limit) -> tieLists(tx, ids, date, limit),
                    id, hops, asOf, cap));
        }
    }

    /** The tie lists of the given entities, from the cache or in one read for those missing; unknown ids are left out. */
    private Map<String, TieList> tieLists(TransactionContext tx, List<String> ids, LocalDate asOf, int limit) {
        Map<String, TieList> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            TieList cached = cache.getIfPresent(new Key(id, asOf));
            if (cached != null && (cached.complete() || cached.limit() >= limit)) {
                found.put(id, cached);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        for (Record r : tx.run(TIES, Map.of("ids", missing, "asOf", asOf, "limit", limit)).list()) {
            List<Found> ties = new ArrayList<>();
            for (Value t : r.get("ties").values()) {
                ties.add(new Found(new Neighbourhood.Tie(t.get(0).asString(), t.get(1).asString(), t.get(2).asString(),
                        t.get(3).asString(null), t.get(4).asDouble(1.0), t.get(5).asDouble(1.0)), t.get(6).asString(), t.get(7).asString(""), t.get(8).asString(null)));
            }
            TieList list = new TieList(r.get("label").asString(""), r.get("name").asString(null), List.copyOf(ties), r.get("reachable").asLong(), limit);
            String id = r.get("id").asString();
            cache.put(new Key(id, asOf), list);
            found.put(id, list);
        }
        return found;
    }
}
