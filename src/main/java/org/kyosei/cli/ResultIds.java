package org.kyosei.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kyosei.query.QueryResult;

/**
 * The entity ids in query rows, for the audit trail: values of columns named {@code id}, {@code *_id},
 * {@code *Id} or {@code ids}, and the {@code id} of every node-like map in any column. Cheap and approximate:
 * a query that renames its ids is audited by its statement and row count only.
 */
final class ResultIds {
    private ResultIds() {
    }

    static List<String> of(QueryResult result) {
        Set<String> ids = new LinkedHashSet<>();
        List<Boolean> idColumns = new ArrayList<>();
        for (String column : result.columns()) {
            String c = column.toLowerCase(Locale.ROOT);
            idColumns.add(c.equals("id") || c.equals("ids") || c.endsWith("_id") || c.endsWith("_ids")
                    || c.endsWith(".id") || column.endsWith("Id"));
        }
        for (List<Object> row : result.rows()) {
            for (int i = 0; i < row.size(); i++) {
                collect(row.get(i), i < idColumns.size() && idColumns.get(i), ids);
            }
        }
        return List.copyOf(ids);
    }

    private static void collect(Object value, boolean idColumn, Set<String> ids) {
        if (value instanceof String s && idColumn) {
            ids.add(s);
        } else if (value instanceof Map<?, ?> map) {
            if (map.get("id") instanceof String id) {
                ids.add(id);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, idColumn, ids));
        }
    }
}
