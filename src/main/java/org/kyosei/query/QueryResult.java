package org.kyosei.query;

import java.util.List;

/**
 * Rows returned by a read-only query, as plain Java values (strings, numbers, booleans, lists,
 * maps; dates as ISO strings; nodes and relationships as maps).
 *
 * @param truncated whether more rows existed beyond the row limit
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
}
