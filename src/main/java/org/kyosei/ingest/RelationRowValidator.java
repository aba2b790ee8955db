package org.kyosei.ingest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.kyosei.domain.RelationType;
import org.kyosei.ingest.FieldParser.RowException;

/**
 * Checks the parts of a relation row that need no store: type, id syntax, dates and numbers.
 * Whether the ids exist and the label pair fits the type is checked per batch by the importer.
 */
final class RelationRowValidator {
    private final Map<String, Integer> columns;

    RelationRowValidator(Map<String, Integer> columns) {
        this.columns = columns;
    }

    Checked<RelationRow> check(SourceRow row) {
        try {
            String src = FieldParser.id("src", value(row, "src"));
            String typeName = FieldParser.required("type", value(row, "type"));
            Optional<RelationType> type = RelationType.parse(typeName);
            if (type.isEmpty()) {
                throw new RowException(RejectReason.UNKNOWN_TYPE, "column 'type': '" + FieldParser.abbreviate(typeName) + "' is not a relationship type");
            }
            String dst = FieldParser.id("dst", value(row, "dst"));
            LocalDate since = FieldParser.optionalDate("since", value(row, "since"));
            LocalDate until = FieldParser.optionalDate("until", value(row, "until"));
            double weight = FieldParser.optionalNumber("weight", value(row, "weight"), 1.0);
            if (weight < 0) {
                throw new RowException(RejectReason.OUT_OF_RANGE, "column 'weight': " + value(row, "weight") + " is negative");
            }
            double confidence = FieldParser.optionalNumber("confidence", value(row, "confidence"), 1.0);
            if (confidence < 0 || confidence > 1) {
                throw new RowException(RejectReason.OUT_OF_RANGE, "column 'confidence': " + value(row, "confidence") + " is outside [0, 1]");
            }
            String provenance = Optional.ofNullable(value(row, "source")).orElse("");
            return Checked.valid(new RelationRow(row, src, type.get(), dst,
                    since == null ? RelationRow.ALWAYS : since,
                    until == null ? RelationRow.OPEN_ENDED : until,
                    weight, provenance, confidence));
        } catch (RowException e) {
            return new Checked.Rejected<>(e.rejection());
        }
    }

    private String value(SourceRow row, String column) {
        Integer index = columns.get(column);
        return index == null ? null : row.rawFields().get(index);
    }
}
