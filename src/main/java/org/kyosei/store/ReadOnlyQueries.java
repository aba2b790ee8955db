package org.kyosei.store;

import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kyosei.application.port.ReadOnlyStatements;
import org.kyosei.query.QueryResult;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Runs analysts' statements in read transactions, so the database itself refuses any write, with
 * a timeout and a row limit.
 */
public final class ReadOnlyQueries implements ReadOnlyStatements {
    private final Driver driver;

    public ReadOnlyQueries(Driver driver) {
        this.driver = driver;
    }

    /**
     * Runs {@code statement} read-only.
     *
     * @throws KyoseiStoreException when the statement writes, is malformed or times out
     */
    @Override
    public QueryResult run(String statement, Map<String, Object> parameters, int rowLimit, Duration timeout) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                Result result = tx.run(statement, parameters);
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() == rowLimit) {
                        truncated = true;
                        break;
                    }
                    rows.add(plainRow(result.next()));
                }
                return new QueryResult(columns, rows, truncated);
            }, config);
        } catch (ClientException e) {
            throw new KyoseiStoreException(describe(e, timeout), e);
        }
    }

    private static String describe(ClientException e, Duration timeout) {
        String code = String.valueOf(e.code());
        String message = firstLine(e.getMessage());
        if (code.contains("ForbiddenDueToTransactionType") || code.contains("AccessMode") || message.contains("read access mode")
                || message.contains("Writing in read access mode")) {
            return "refused: the statement writes to the graph, and only read-only statements may run here";
        }
        if (code.contains("TransactionTimedOut") || code.contains("Timeout") || message.contains("timed out")) {
            return "the statement ran longer than the timeout of " + timeout.toSeconds() + " s and was stopped";
        }
        if (code.contains("Syntax")) {
            return "the statement is not valid Cypher: " + message;
        }
        if (code.contains("ParameterMissing")) {
            return "the statement needs a parameter: " + message;
        }
        return message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static List<Object> plainRow(Record record) {
        List<Object> row = new ArrayList<>(record.size());
        for (Value value : record.values()) {
            row.add(plain(value.asObject()));
        }
        return row;
    }

    /** Converts driver values into JSON-friendly Java values. */
    static Object plain(Object value) {
        if (value instanceof Node node) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("labels", node.labels());
            node.asMap().forEach((k, v) -> map.put(k, plain(v)));
            return map;
        }
        if (value instanceof Relationship relationship) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", relationship.type());
            relationship.asMap().forEach((k, v) -> map.put(k, plain(v)));
            return map;
        }
        if (value instanceof Path path) {
            List<Object> ids = new ArrayList<>();
            path.nodes().forEach(n -> ids.add(n.get("id").isNull() ? n.elementId() : n.get("id").asString()));
            return ids;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReadOnlyQueries::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal.toString();
        }
        return value;
    }
}
