package org.kyosei.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Expands a neighbourhood hop by hop, keeping at most {@code cap} entities. Within a hop the ties with the
 * highest confidence, the latest start and the highest weight come first, so a hub with thousands of links
 * shows its strongest ones; across the hop the strongest ties win the places under the cap.
 *
 * <p>Each entity's valid ties as of a date are read once, sorted strongest first, at most
 * {@value #MIN_TIES_KEPT} (or the room under the cap, if larger) with the number of distinct entities they reach,
 * and kept in a small cache for {@value #CACHE_MINUTES} minutes: the communities, employers and accounts that
 * make hop 2 expensive are shared by many neighbourhoods. Never a variable-length match. So an entity's ties
 * are at most {@value #CACHE_MINUTES} minutes behind an import made while serving, and the ties among shown
 * entities through a hub are those among the hub's kept ties.
 *
 * <p>How many entities the cap left out comes from the same read: exact when one entity was being expanded at
 * the last hop, otherwise a lower bound.
 */
public final class Neo4jNeighbourhood {
    static final int MIN_TIES_KEPT = 1000;
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
                      x[0].weight, x[0].confidence, x[1].id, [l IN labels(x[1]) WHERE l <> 'Entity'][0]]] AS ties
            }
            RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, reachable, ties
            """;

    /** A tie of an entity, with the entity on its far side. */
    private record Found(Neighbourhood.Tie tie, String other, String label) {
    }

    /** An entity's strongest valid ties as of a date; {@code complete} when they are all of them. */
    private record TieList(String label, List<Found> ties, long reachable, int limit) {
        boolean complete() {
            return ties.size() < limit;
        }
    }

    private record Key(String id, LocalDate asOf) {
    }

    /**
     * A capped neighbourhood and how many entities within the hops were left out: {@code more} exactly, or at
     * least {@code more} when {@code moreAtLeast}.
     */
    public record Expansion(Neighbourhood neighbourhood, long more, boolean moreAtLeast) {
    }

    private static final Comparator<Found> STRONGEST_FIRST = Comparator
            .comparingDouble((Found f) -> -f.tie().confidence())
            .thenComparing((Found f) -> f.tie().since(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingDouble(f -> -f.tie().weight())
            .thenComparing(Found::other);

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
    public void forgetCached() {
        cache.invalidateAll();
    }

    /** The neighbourhood of {@code id}, or empty when no such entity exists. */
    public Optional<Neighbourhood> around(String id, int hops, LocalDate asOf, int cap) {
        return expand(id, hops, asOf, cap).map(Expansion::neighbourhood);
    }

    /** The neighbourhood of {@code id} with how many more entities the cap left out, or empty when no such entity exists. */
    public Optional<Expansion> expand(String id, int hops, LocalDate asOf, int cap) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> expand(tx, id, hops, asOf, cap));
        }
    }

    private Optional<Expansion> expand(TransactionContext tx, String id, int hops, LocalDate asOf, int cap) {
        int limit = Math.max(MIN_TIES_KEPT, cap + 1);
        Map<String, TieList> centre = tieLists(tx, List.of(id), asOf, limit);
        if (!centre.containsKey(id)) {
            return Optional.empty();
        }
        Map<String, Neighbourhood.Member> members = new LinkedHashMap<>();
        members.put(id, new Neighbourhood.Member(id, centre.get(id).label(), 0));
        Set<String> tieKeys = new LinkedHashSet<>();
        List<Neighbourhood.Tie> ties = new ArrayList<>();
        List<String> frontier = List.of(id);
        Map<String, TieList> lists = centre;
        long more = 0;
        boolean moreAtLeast = false;
        for (int hop = 1; hop <= hops && !frontier.isEmpty(); hop++) {
            if (hop > 1) {
                lists = tieLists(tx, frontier, asOf, limit);
            }
            int room = cap - members.size() + 1; // one more than fits tells that the cap was reached
            List<Found> candidates = new ArrayList<>();
            long widest = 0;
            for (String from : frontier) {
                TieList list = lists.get(from);
                if (list == null) {
                    continue;
                }
                // f is itself a member and not its own neighbour: at most members - 1 of its neighbours are known
                widest = Math.max(widest, list.reachable() - (members.size() - 1));
                int fresh = 0;
                for (Found f : list.ties()) {
                    if (members.containsKey(f.other())) {
                        addTie(f.tie(), tieKeys, ties);
                    } else if (fresh < room) {
                        candidates.add(f);
                        fresh++;
                    }
                }
            }
            candidates.sort(STRONGEST_FIRST);
            List<String> next = new ArrayList<>();
            Set<String> leftOut = new LinkedHashSet<>();
            for (Found f : candidates) {
                if (!members.containsKey(f.other())) {
                    if (members.size() >= cap) {
                        leftOut.add(f.other());
                        continue;
                    }
                    members.put(f.other(), new Neighbourhood.Member(f.other(), f.label(), hop));
                    next.add(f.other());
                }
                addTie(f.tie(), tieKeys, ties);
            }
            if (!leftOut.isEmpty()) {
                // the new entities of this hop number at least the widest single expansion and all those seen
                long newAtThisHop = Math.max(widest, next.size() + leftOut.size());
                more = newAtThisHop - next.size();
                moreAtLeast = frontier.size() > 1 || hop < hops;
                break;
            }
            frontier = next;
        }
        return Optional.of(new Expansion(new Neighbourhood(List.copyOf(members.values()), List.copyOf(ties), cap, more > 0),
                more, moreAtLeast));
    }

    private static void addTie(Neighbourhood.Tie tie, Set<String> tieKeys, List<Neighbourhood.Tie> ties) {
        if (tieKeys.add(tie.src() + "|" + tie.type() + "|" + tie.dst() + "|" + tie.since())) {
            ties.add(tie);
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
                        t.get(3).asString(null), t.get(4).asDouble(1.0), t.get(5).asDouble(1.0)), t.get(6).asString(), t.get(7).asString("")));
            }
            TieList list = new TieList(r.get("label").asString(""), List.copyOf(ties), r.get("reachable").asLong(), limit);
            String id = r.get("id").asString();
            cache.put(new Key(id, asOf), list);
            found.put(id, list);
        }
        return found;
    }
}
