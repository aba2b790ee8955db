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
    private final int src;
    private final int type;
    private final int dst;
    private final int since;
    private final int until;
    private final int weight;
    private final int confidence;
    private final int provenance;

    /** @param columns each column's index in a row (a column the file lacks reads as empty) */
    RelationRowValidator(Map<String, Integer> columns) {
        src = columns.getOrDefault("src", -1);
        type = columns.getOrDefault("type", -1);
        dst = columns.getOrDefault("dst", -1);
        since = columns.getOrDefault("since", -1);
        until = columns.getOrDefault("until", -1);
        weight = columns.getOrDefault("weight", -1);
        confidence = columns.getOrDefault("confidence", -1);
        provenance = columns.getOrDefault("source", -1);
    }

    Checked<RelationRow> check(SourceRow row) {
        try {
            String srcId = FieldParser.id("src", value(row, src));
            String typeName = FieldParser.required("type", value(row, type));
            Optional<RelationType> relationType = RelationType.parse(typeName);
            if (relationType.isEmpty()) {
                throw new RowException(RejectReason.UNKNOWN_TYPE, "column 'type': '" + FieldParser.abbreviate(typeName) + "' is not a relationship type");
            }
            String dstId = FieldParser.id("dst", value(row, dst));
            LocalDate from = FieldParser.optionalDate("since", value(row, since));
            LocalDate to = FieldParser.optionalDate("until", value(row, until));
            double weightValue = FieldParser.optionalNumber("weight", value(row, weight), 1.0);
            if (weightValue < 0) {
                throw new RowException(RejectReason.OUT_OF_RANGE, "column 'weight': " + value(row, weight) + " is negative");
            }
            double confidenceValue = FieldParser.optionalNumber("confidence", value(row, confidence), 1.0);
            if (confidenceValue < 0 || confidenceValue > 1) {
                throw new RowException(RejectReason.OUT_OF_RANGE, "column 'confidence': " + value(row, confidence) + " is outside [0, 1]");
            }
            String source = Optional.ofNullable(value(row, provenance)).orElse("");
            return Checked.valid(new RelationRow(row, srcId, relationType.get(), dstId,
                    from == null ? RelationRow.ALWAYS : from,
                    to == null ? RelationRow.OPEN_ENDED : to,
                    weightValue, source, confidenceValue));
        } catch (RowException e) {
            return new Checked.Rejected<>(e.rejection());
        }
    }

    private static String value(SourceRow row, int index) {
        return index < 0 ? null : row.rawFields().get(index);
    }
}
