package org.kyosei.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes anomalies.csv exactly as CLI.md defines it. */
public final class AnomaliesCsv {
    public static final List<String> COLUMNS = List.of("rank", "subject_id", "subject_label", "indicator", "score",
            "status", "first_seen", "explanation", "evidence");

    private AnomaliesCsv() {
    }

    public static void write(List<AnomalyRow> rows, Writer out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            for (AnomalyRow row : rows) {
                printer.printRecord(row.rank(), row.lead().subjectId(), row.lead().subjectLabel().label(),
                        row.lead().indicator(), score(row.lead().score()), row.status(), row.firstSeen(),
                        row.lead().explanation(), row.lead().evidence());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write anomalies: " + e.getMessage(), e);
        }
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.4f", score);
    }
}
