package org.kyosei.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.query.QueryResult;
import org.kyosei.store.Neo4jEntities;
import org.springframework.stereotype.Component;

/**
 * Pseudonymises what roles that may not see identities get: entity ids become keyed pseudonyms, entity
 * names and identifier values are withheld. Query rows are walked deeply; every string in them is checked
 * against the graph's ids and names in one look-up.
 */
@Component
class Redactor {
    static final String WITHHELD = "[withheld]";
    private static final Set<String> PERSONAL_KEYS = Set.of("name", "value");

    private final Pseudonymizer pseudonymizer;
    private final Neo4jEntities entities;

    Redactor(Pseudonymizer pseudonymizer, Neo4jEntities entities) {
        this.pseudonymizer = pseudonymizer;
        this.entities = entities;
    }

    String pseudonym(String id) {
        return pseudonymizer.pseudonym(id);
    }

    /**
     * A sentence with every entity id in it pseudonymised and the names of those entities (and of
     * {@code related} ids) withheld.
     */
    String redactText(String text, java.util.Collection<String> related) {
        java.util.Set<String> tokens = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = ID_TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group().replaceAll("[.:-]+$", ""));
        }
        java.util.Set<String> ids = new java.util.HashSet<>(related);
        if (!tokens.isEmpty()) {
            ids.addAll(entities.identities(tokens).ids());
        }
        List<String> names = new ArrayList<>();
        entities.describe(ids).values().forEach(e -> {
            if (e.name() != null && !e.name().isBlank()) {
                names.add(e.name());
            }
        });
        names.sort((a, b) -> b.length() - a.length());
        String redacted = text;
        for (String name : names) {
            redacted = redacted.replace(name, WITHHELD);
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> b.length() - a.length());
        for (String id : sorted) {
            redacted = redacted.replaceAll("(?<![A-Za-z0-9_.:-])" + java.util.regex.Pattern.quote(id) + "(?![A-Za-z0-9_:-]|\\.[A-Za-z0-9])",
                    java.util.regex.Matcher.quoteReplacement(pseudonymizer.pseudonym(id)));
        }
        return redacted;
    }

    private static final java.util.regex.Pattern ID_TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    QueryResult redact(QueryResult result) {
        List<String> strings = new ArrayList<>();
        result.rows().forEach(row -> collectStrings(row, strings));
        Neo4jEntities.Identities known = strings.isEmpty() ? new Neo4jEntities.Identities(Set.of(), Set.of())
                : entities.identities(strings);
        UnaryOperator<Object> replace = value -> redactValue(value, known);
        List<List<Object>> rows = result.rows().stream().map(row -> row.stream().map(replace).toList()).toList();
        return new QueryResult(result.columns(), rows, result.truncated());
    }

    private Object redactValue(Object value, Neo4jEntities.Identities known) {
        if (value instanceof String text) {
            if (known.ids().contains(text)) {
                return pseudonymizer.pseudonym(text);
            }
            return known.names().contains(text) ? WITHHELD : text;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> redactValue(v, known)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), PERSONAL_KEYS.contains(String.valueOf(k)) && v != null
                    ? WITHHELD : redactValue(v, known)));
            return copy;
        }
        return value;
    }

    private static void collectStrings(Object value, List<String> into) {
        if (value instanceof String text) {
            into.add(text);
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectStrings(v, into));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectStrings(v, into));
        }
    }
}
