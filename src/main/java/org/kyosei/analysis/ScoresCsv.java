package org.kyosei.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the scores CSV of CLI.md: {@code id,label} then one column per measure, rows in id
 * order. Counts (degree, coreness, community) are written as integers, other measures in Java's
 * shortest round-trip form; an undefined value (constraint of an isolated node) is empty.
 */
public final class ScoresCsv {
    private static final Set<String> INTEGER_MEASURES = Set.of("degree", "coreness", "community",
            "brokerage_coordinator", "brokerage_itinerant", "brokerage_gatekeeper", "brokerage_liaison");

    private ScoresCsv() {
    }

    public static void write(ScoreTable table, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "label"));
        header.addAll(table.measureNames());
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get());
        List<String> row = new ArrayList<>(header.size());
        for (int node = 0; node < table.ids().size(); node++) {
            row.clear();
            row.add(table.ids().id(node));
            row.add(table.ids().label(node).label());
            for (String measure : table.measureNames()) {
                row.add(format(measure, table.score(measure, node)));
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    static String format(String measure, double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (INTEGER_MEASURES.contains(measure)) {
            return Long.toString(Math.round(value));
        }
        return Double.toString(value);
    }
}
