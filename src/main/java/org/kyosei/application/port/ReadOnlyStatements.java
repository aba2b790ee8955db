package org.kyosei.application.port;

import java.time.Duration;
import java.util.Map;

import org.kyosei.query.QueryResult;

/** Read-only statements on the stored graph: a read transaction, a timeout and a row cap. */
public interface ReadOnlyStatements {
    QueryResult run(String statement, Map<String, Object> parameters, int rowLimit, Duration timeout);
}
