package org.kyosei.generate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/**
 * An independent check of a dataset against DATA.md, written from the contract and the domain
 * enums (not from the generator's code): returns every violation found, as readable lines.
 */
final class DatasetContract {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final int LIMIT = 50;

    private DatasetContract() {
    }

    static List<String> violations(LoadedDataset data, LocalDate start, LocalDate end) {
        List<String> problems = new ArrayList<>();
        for (NodeLabel label : NodeLabel.values()) {
            checkNodeFile(data, label, problems);
        }
        checkRelations(data, start, end, problems);
        return problems.size() > LIMIT ? problems.subList(0, LIMIT) : problems;
    }

    private static void checkNodeFile(LoadedDataset data, NodeLabel label, List<String> problems) {
        String file = label.fileName();
        List<String> header = data.headers().get(file);
        if (header == null) {
            problems.add(file + ": missing");
            return;
        }
        Set<String> expected = new HashSet<>(label.requiredColumns());
        expected.addAll(label.optionalColumns());
        if (!new HashSet<>(header).equals(expected)) {
            problems.add(file + ": header " + header + " is not " + expected);
        }
        int line = 1;
        for (Map<String, String> row : data.rows(file)) {
            line++;
            String where = file + ":" + line + " ";
            if (!ID.matcher(row.get("id")).matches()) {
                problems.add(where + "bad id " + row.get("id"));
            }
            for (String column : label.requiredColumns()) {
                if (row.get(column) == null || row.get(column).isBlank()) {
                    problems.add(where + "empty required " + column);
                }
            }
            for (Map.Entry<String, Set<String>> vocabulary : label.vocabularies().entrySet()) {
                String value = row.get(vocabulary.getKey());
                boolean optional = label.optionalColumns().contains(vocabulary.getKey());
                if (!(optional && value.isEmpty()) && !vocabulary.getValue().contains(value)) {
                    problems.add(where + vocabulary.getKey() + " '" + value + "' not in " + vocabulary.getValue());
                }
            }
            if (label == NodeLabel.INDIVIDUAL && !row.get("birth_year").isEmpty()) {
                int year = Integer.parseInt(row.get("birth_year"));
                if (year < 1900 || year > 2100) {
                    problems.add(where + "birth_year " + year);
                }
            }
            if (label == NodeLabel.INCIDENT && date(row.get("date")) == null) {
                problems.add(where + "bad date " + row.get("date"));
            }
        }
    }

    private static void checkRelations(LoadedDataset data, LocalDate start, LocalDate end, List<String> problems) {
        Set<String> keys = new HashSet<>();
        for (LoadedDataset.Rel r : data.relations()) {
            String where = "relations.csv:" + r.line() + " ";
            RelationType type = RelationType.parse(r.type()).orElse(null);
            NodeLabel src = data.labels().get(r.src());
            NodeLabel dst = data.labels().get(r.dst());
            if (type == null) {
                problems.add(where + "unknown type " + r.type());
                continue;
            }
            if (src == null || dst == null) {
                problems.add(where + "unknown id " + (src == null ? r.src() : r.dst()));
                continue;
            }
            if (!type.allows(src, dst)) {
                problems.add(where + type + " not allowed from " + src + " to " + dst);
            }
            if (type == RelationType.TRANSFER
                    && !("ACCOUNT".equals(data.kindOfIdentifier(r.src())) && "ACCOUNT".equals(data.kindOfIdentifier(r.dst())))) {
                problems.add(where + "TRANSFER between non-accounts");
            }
            LocalDate since = checkDay(r.since(), start, end, where + "since", problems);
            LocalDate until = checkDay(r.until(), start, end, where + "until", problems);
            if (since != null && until != null && until.isBefore(since)) {
                problems.add(where + "until before since");
            }
            if (!r.weight().isEmpty() && !NUMBER.matcher(r.weight()).matches()) {
                problems.add(where + "weight " + r.weight());
            }
            if (!r.confidence().isEmpty()
                    && (!NUMBER.matcher(r.confidence()).matches() || r.confidenceValue() > 1)) {
                problems.add(where + "confidence " + r.confidence());
            }
            if (!keys.add(r.src() + "|" + r.type() + "|" + r.dst() + "|" + r.since())) {
                problems.add(where + "duplicate (src, type, dst, since)");
            }
        }
    }

    private static LocalDate checkDay(String value, LocalDate start, LocalDate end, String where, List<String> problems) {
        if (value.isEmpty()) {
            return null;
        }
        LocalDate day = date(value);
        if (day == null) {
            problems.add(where + " not a date: " + value);
        } else if (day.isBefore(start) || day.isAfter(end)) {
            problems.add(where + " " + day + " outside " + start + ".." + end);
        }
        return day;
    }

    private static LocalDate date(String value) {
        if (value == null || !ISO_DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
