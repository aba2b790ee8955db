package org.kyosei.application.port;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.kyosei.query.QueryResult;

/**
 * The analysts' pseudonymised copy of the graph: statements run on it under the read-only policy, and an answer's
 * pseudonyms can be traced back to the real subjects for the audit trail.
 */
public interface AnalystModel extends AutoCloseable {
    /** How large the model is and how long building it took. */
    record Size(long entities, long ties, Duration buildTime) {
    }

    /**
     * @throws StorageException whose {@link StorageException#refused()} is true when the policy refuses the statement
     */
    QueryResult run(String statement, Map<String, Object> parameters, int rowLimit, Duration timeout);

    /** The real ids behind the pseudonyms the result shows. */
    List<String> realIdsShown(QueryResult result);

    Size size();

    @Override
    void close();
}
