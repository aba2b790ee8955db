package org.kyosei.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the files {@code evaluate} compares: truth.csv / lookalikes.csv ({@code subject_id,pattern,since,note})
 * and anomalies.csv (CLI.md). Any problem is an {@link IllegalArgumentException} naming the file,
 * and the line or column.
 */
public final class EvaluationInput {
    /** A planted case or look-alike; {@code since} may be null. */
    public record Case(String subject, String pattern, LocalDate since) {
    }

    /**
     * The columns of anomalies.csv evaluate needs; {@code subjectLabel} and {@code evidence} are empty
     * when the file lacks them.
     */
    public record Anomaly(int rank, String subject, String indicator, String status, LocalDate firstSeen,
                          String subjectLabel, String evidence) {
        public Anomaly(int rank, String subject, String indicator, String status, LocalDate firstSeen) {
            this(rank, subject, indicator, status, firstSeen, "", "");
        }
    }

    private EvaluationInput() {
    }

    public static List<Case> cases(Path file) {
        List<Case> cases = new ArrayList<>();
        read(file, List.of("subject_id", "pattern", "since"), record -> cases.add(new Case(
                value(file, record, "subject_id"), value(file, record, "pattern"), date(file, record, "since", true))));
        return cases;
    }

    public static List<Anomaly> anomalies(Path file) {
        List<Anomaly> anomalies = new ArrayList<>();
        read(file, List.of("rank", "subject_id", "indicator", "status", "first_seen"), record -> {
            String rank = value(file, record, "rank");
            int parsed;
            try {
                parsed = Integer.parseInt(rank);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + record.getRecordNumber() + 1 + ": rank '" + rank
                        + "' is not a whole number");
            }
            anomalies.add(new Anomaly(parsed, value(file, record, "subject_id"), value(file, record, "indicator"),
                    value(file, record, "status"), date(file, record, "first_seen", true), optional(record, "subject_label"),
                    optional(record, "evidence")));
        });
        anomalies.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return anomalies;
    }

    private static void read(Path file, List<String> required, java.util.function.Consumer<CSVRecord> row) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new IllegalArgumentException(file + ": missing column '" + column + "' (header: "
                            + String.join(",", header) + ")");
                }
            }
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new IllegalArgumentException(file + " line " + (record.getRecordNumber() + 1) + ": expected "
                            + header.size() + " fields, found " + record.size());
                }
                row.accept(record);
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": cannot read as CSV: " + e.getMessage());
        }
    }

    /** The organizations on record and their members, as ids. */
    public record Affiliations(java.util.Set<String> members, java.util.Set<String> organizations) {
    }

    /**
     * The organization members of a dataset and their organizations: both ends of every
     * AFFILIATED_WITH row of its relations.csv (whatever the dates: a member on record stays a
     * reference point).
     */
    public static Affiliations affiliations(Path relations) {
        java.util.Set<String> members = new java.util.HashSet<>();
        java.util.Set<String> organizations = new java.util.HashSet<>();
        read(relations, List.of("src", "type", "dst"), record -> {
            if ("AFFILIATED_WITH".equals(record.get("type").trim())) {
                members.add(record.get("src").trim());
                organizations.add(record.get("dst").trim());
            }
        });
        return new Affiliations(members, organizations);
    }

    private static String optional(CSVRecord record, String column) {
        return record.isMapped(column) ? record.get(column).trim() : "";
    }

    private static String value(Path file, CSVRecord record, String column) {
        String v = record.get(column);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(file + " line " + (record.getRecordNumber() + 1) + ": empty " + column);
        }
        return v.trim();
    }

    private static LocalDate date(Path file, CSVRecord record, String column, boolean optional) {
        String v = record.get(column);
        if (v == null || v.isBlank()) {
            if (optional) {
                return null;
            }
            throw new IllegalArgumentException(file + " line " + (record.getRecordNumber() + 1) + ": empty " + column);
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + " line " + (record.getRecordNumber() + 1) + ": " + column + " '" + v
                    + "' is not a date YYYY-MM-DD");
        }
    }
}
