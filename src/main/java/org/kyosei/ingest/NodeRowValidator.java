package org.kyosei.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kyosei.domain.NodeLabel;
import org.kyosei.ingest.FieldParser.RowException;

/**
 * Checks one row of a node file against DATA.md (required values, id syntax, vocabularies,
 * birth year and incident date) and turns it into a {@link NodeRow}. Rules that need the store
 * (an id already used by another label) are checked by the importer per batch.
 */
final class NodeRowValidator {
    private final NodeLabel label;
    private final Map<String, Integer> columns;

    /** @param columns header name to field index of the file being read */
    NodeRowValidator(NodeLabel label, Map<String, Integer> columns) {
        this.label = label;
        this.columns = columns;
    }

    Checked<NodeRow> check(SourceRow row) {
        try {
            Map<String, Object> properties = new LinkedHashMap<>();
            String id = FieldParser.id("id", value(row, "id"));
            for (String column : label.requiredColumns()) {
                if (!column.equals("id")) {
                    properties.put(column, FieldParser.required(column, value(row, column)));
                }
            }
            for (String column : label.optionalColumns()) {
                String value = value(row, column);
                properties.put(column, value == null || value.isEmpty() ? null : value);
            }
            checkVocabularies(properties);
            convertTypedColumns(properties);
            return Checked.valid(new NodeRow(row, label, id, properties));
        } catch (RowException e) {
            return new Checked.Rejected<>(e.rejection());
        }
    }

    private void checkVocabularies(Map<String, Object> properties) throws RowException {
        for (Map.Entry<String, Set<String>> vocabulary : label.vocabularies().entrySet()) {
            Object value = properties.get(vocabulary.getKey());
            if (value != null && !vocabulary.getValue().contains(value)) {
                throw new RowException(RejectReason.UNKNOWN_VALUE, "column '" + vocabulary.getKey() + "': '"
                        + FieldParser.abbreviate((String) value) + "' is not one of " + List.copyOf(new java.util.TreeSet<>(vocabulary.getValue())));
            }
        }
        if (label == NodeLabel.BROKER && properties.get("license_status") == null) {
            properties.put("license_status", "UNKNOWN");
        }
    }

    private void convertTypedColumns(Map<String, Object> properties) throws RowException {
        if (label == NodeLabel.INDIVIDUAL) {
            properties.put("birth_year", FieldParser.optionalYear("birth_year", (String) properties.get("birth_year")));
        }
        if (label == NodeLabel.INCIDENT) {
            properties.put("date", FieldParser.optionalDate("date", (String) properties.get("date")));
        }
    }

    private String value(SourceRow row, String column) {
        Integer index = columns.get(column);
        return index == null ? null : row.rawFields().get(index);
    }
}
