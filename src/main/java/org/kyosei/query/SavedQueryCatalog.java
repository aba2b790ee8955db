package org.kyosei.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The saved queries of {@code cypher/queries}, each file starting with a comment header:
 * <pre>
 * // purpose: one sentence
 * // param: community string  the community id
 * // param: asOf date = today  the as-of date
 * // columns: member, organization, hops
 * </pre>
 * Loading fails fast on a file without a purpose or columns line, or with a malformed parameter.
 */
public final class SavedQueryCatalog {
    private static final Pattern PARAM = Pattern.compile(
            "//\\s*param:\\s*(\\w+)\\s+(string|integer|float|date)(?:\\s*=\\s*(\\S+))?\\s*(.*)");

    private final Map<String, SavedQuery> queries;

    private SavedQueryCatalog(Map<String, SavedQuery> queries) {
        this.queries = queries;
    }

    /**
     * The catalogue of the given files (name without {@code .cypher}, and text), in their order; the store reads
     * the ones shipped with the application ({@code store.CypherResources.savedQueries()}).
     */
    public static SavedQueryCatalog of(Map<String, String> files) {
        Map<String, SavedQuery> queries = new LinkedHashMap<>();
        files.forEach((name, text) -> queries.put(name, parse(name, text)));
        return new SavedQueryCatalog(queries);
    }

    static SavedQuery parse(String name, String text) {
        String purpose = null;
        List<String> columns = null;
        List<QueryParameter> parameters = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("// purpose:")) {
                purpose = stripped.substring("// purpose:".length()).strip();
            } else if (stripped.startsWith("// columns:")) {
                columns = Arrays.stream(stripped.substring("// columns:".length()).split(","))
                        .map(String::strip).filter(c -> !c.isEmpty()).toList();
            } else if (stripped.startsWith("// param:")) {
                Matcher m = PARAM.matcher(stripped);
                if (!m.matches()) {
                    throw new IllegalStateException("cypher/queries/" + name + ".cypher: malformed parameter line: " + stripped);
                }
                parameters.add(new QueryParameter(m.group(1), ParameterType.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                        Optional.ofNullable(m.group(3)), m.group(4).strip()));
            } else if (!stripped.startsWith("//")) {
                statement.append(line).append('\n');
            }
        }
        if (purpose == null || columns == null || statement.toString().isBlank()) {
            throw new IllegalStateException("cypher/queries/" + name + ".cypher: needs '// purpose:', '// columns:' and a statement");
        }
        String body = statement.toString().strip();
        if (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1);
        }
        return new SavedQuery(name, purpose, List.copyOf(parameters), columns, body);
    }

    public List<SavedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<SavedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /**
     * Binds {@code --param k=v} values to the query's declared parameters, applying defaults
     * ({@code today} means the current date).
     *
     * @throws IllegalArgumentException naming an unknown, missing or malformed parameter
     */
    public static Map<String, Object> bind(SavedQuery query, Map<String, String> given, java.time.LocalDate today) {
        Map<String, Object> bound = new HashMap<>();
        for (String key : given.keySet()) {
            if (query.parameters().stream().noneMatch(p -> p.name().equals(key))) {
                throw new IllegalArgumentException("query '" + query.name() + "' has no parameter '" + key + "' (it takes "
                        + query.parameters().stream().map(QueryParameter::name).toList() + ")");
            }
        }
        for (QueryParameter parameter : query.parameters()) {
            String value = given.get(parameter.name());
            if (value == null) {
                value = parameter.defaultValue()
                        .map(d -> d.equals("today") ? today.toString() : d)
                        .orElseThrow(() -> new IllegalArgumentException("query '" + query.name() + "' needs --param "
                                + parameter.name() + "=<" + parameter.type().name().toLowerCase(Locale.ROOT) + "> (" + parameter.description() + ")"));
            }
            bound.put(parameter.name(), parameter.type().parse(parameter.name(), value));
        }
        return bound;
    }
}
