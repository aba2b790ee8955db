package org.kyosei.query;

import java.util.List;

/** A read-only query shipped in {@code cypher/queries/NAME.cypher}, with its declared header. */
public record SavedQuery(String name, String purpose, List<QueryParameter> parameters, List<String> columns, String statement) {
}
