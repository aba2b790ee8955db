package org.kyosei.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A canonical text of the whole graph (every node with its labels and properties, every
 * relationship with its ends and properties, sorted), to compare two graphs for equality.
 */
public final class GraphFingerprint {
    private GraphFingerprint() {
    }

    public static List<String> of(Driver driver) {
        List<String> lines = new ArrayList<>();
        try (Session session = driver.session()) {
            session.run("MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                    lines.add(new java.util.TreeSet<>(r.get("labels").asList(v -> v.asString())) + " " + sorted(r.get("props").asMap())));
            session.run("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props")
                    .forEachRemaining(r -> lines.add(r.get("a").asString() + " -" + r.get("type").asString() + "-> "
                            + r.get("b").asString() + " " + sorted(r.get("props").asMap())));
        }
        lines.sort(null);
        return lines;
    }

    /** The properties in key order, each value with its type (a date and its ISO text are not the same). */
    private static String sorted(Map<String, Object> properties) {
        Map<String, String> typed = new TreeMap<>();
        properties.forEach((key, value) -> typed.put(key, value + ":" + (value == null ? "null" : value.getClass().getSimpleName())));
        return typed.toString();
    }
}
