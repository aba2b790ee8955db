package org.kyosei.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.kyosei.application.port.EntityReads;
import org.kyosei.query.EntityMatch;
import org.kyosei.query.EntityView;
import org.kyosei.query.Neighbourhood;
import org.kyosei.query.TieSnapshot;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

/**
 * Entity look-ups for the service: search by id or name words, one entity
 * with its properties and scores, the relationships among given entities, and which strings are entity ids or
 * names (used to pseudonymise query results). Every statement is parameterised and runs as a read.
 */
public final class Neo4jEntities implements EntityReads {
    private static final String SCORE_PREFIX = "score_";
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;

    public Neo4jEntities(Driver driver) {
        this.driver = driver;
    }

    /**
     * Entities whose id equals {@code text}, then those each of whose query words prefixes a word of their id or
     * name, by id: the in-memory graph's search ({@link TieSnapshot#search}), done by the database with a scan. The
     * service uses it only until its in-memory graph is read.
     */
    @Override
    public List<EntityMatch> search(String text, int limit) {
        List<Record> records = driver.executableQuery("""
                OPTIONAL MATCH (exact:Entity {id: $text})
                WITH collect(exact) AS exacts
                CALL (exacts) {
                  MATCH (n:Entity)
                  WHERE size($patterns) > 0 AND NOT n IN exacts
                    AND all(p IN $patterns WHERE toLower(n.id + ' ' + coalesce(n.name, '')) =~ p)
                  WITH n ORDER BY n.id LIMIT $limit
                  RETURN collect(n) AS hits
                }
                UNWIND exacts + hits AS n
                RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name
                LIMIT $limit
                """).withParameters(Map.of("text", text, "patterns", wordPrefixPatterns(text), "limit", limit))
                .withConfig(READ).execute().records();
        return records.stream().map(Neo4jEntities::match).toList();
    }

    /**
     * One regular expression per word of {@code text} (as {@link TieSnapshot#words} splits it), matching a lower-case
     * text in which that word begins a word: at the start or after a character that is not a letter or digit.
     */
    static List<String> wordPrefixPatterns(String text) {
        return TieSnapshot.words(text).stream()
                .map(word -> "(?s)(.*[^\\p{L}\\p{Nd}])?" + Pattern.quote(word) + ".*")
                .toList();
    }

    @Override
    public Optional<EntityView> find(String id) {
        return driver.executableQuery("MATCH (n:Entity {id: $id}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props")
                .withParameters(Map.of("id", id)).withConfig(READ).execute().records().stream().findFirst().map(r -> {
                    Map<String, Object> properties = new TreeMap<>();
                    Map<String, Object> scores = new TreeMap<>();
                    r.get("props").asMap(Neo4jEntities::plainValue).forEach((key, value) -> {
                        if (key.startsWith(SCORE_PREFIX)) {
                            scores.put(key.substring(SCORE_PREFIX.length()), value);
                        } else {
                            properties.put(key, value);
                        }
                    });
                    Object name = properties.get("name");
                    return new EntityView(id, r.get("label").asString(""), name == null ? null : name.toString(), properties, scores);
                });
    }

    /** Labels and names of the given ids (unknown ids are left out). */
    @Override
    public Map<String, EntityMatch> describe(Collection<String> ids) {
        Map<String, EntityMatch> found = new LinkedHashMap<>();
        driver.executableQuery("""
                UNWIND $ids AS id MATCH (n:Entity {id: id})
                RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name
                """).withParameters(Map.of("ids", List.copyOf(new LinkedHashSet<>(ids)))).withConfig(READ).execute().records()
                .forEach(r -> found.put(r.get("id").asString(), match(r)));
        return found;
    }

    /** The relationships valid as of {@code asOf} joining consecutive pairs {@code [a, b]} (either direction). */
    @Override
    public List<Neighbourhood.Tie> tiesBetween(List<List<String>> pairs, LocalDate asOf) {
        List<Neighbourhood.Tie> ties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        driver.executableQuery("""
                UNWIND $pairs AS pair
                MATCH (a:Entity {id: pair[0]})-[r]-(b:Entity {id: pair[1]})
                WHERE r.since <= $asOf AND r.until >= $asOf
                RETURN startNode(r).id AS src, type(r) AS type, endNode(r).id AS dst, toString(r.since) AS since,
                       r.weight AS weight, r.confidence AS confidence
                """).withParameters(Map.of("pairs", pairs, "asOf", asOf)).withConfig(READ).execute().records().forEach(r -> {
            Neighbourhood.Tie tie = new Neighbourhood.Tie(r.get("src").asString(), r.get("type").asString(), r.get("dst").asString(),
                    r.get("since").asString(), r.get("weight").asDouble(1.0), r.get("confidence").asDouble(1.0));
            if (seen.add(tie.src() + "|" + tie.type() + "|" + tie.dst() + "|" + tie.since())) {
                ties.add(tie);
            }
        });
        return ties;
    }

    /** Which of {@code values} are entity ids, and which are entity names. */
    @Override
    public Identities identities(Collection<String> values) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        driver.executableQuery("""
                UNWIND $values AS v
                OPTIONAL MATCH (byId:Entity {id: v})
                OPTIONAL MATCH (byName:Entity {name: v})
                WITH v, byId IS NOT NULL AS isId, byName IS NOT NULL AS isName
                WHERE isId OR isName
                RETURN DISTINCT v, isId, isName
                """).withParameters(Map.of("values", distinct)).withConfig(READ).execute().records().forEach(r -> {
            if (r.get("isId").asBoolean()) {
                ids.add(r.get("v").asString());
            }
            if (r.get("isName").asBoolean()) {
                names.add(r.get("v").asString());
            }
        });
        return new Identities(ids, names);
    }

    private static EntityMatch match(Record r) {
        Value name = r.get("name");
        return new EntityMatch(r.get("id").asString(), r.get("label").asString(""), name.isNull() ? null : name.asString());
    }

    private static Object plainValue(Value value) {
        return ReadOnlyQueries.plain(value.asObject());
    }
}
