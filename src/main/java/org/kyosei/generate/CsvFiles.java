package org.kyosei.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kyosei.domain.NodeLabel;

/** The CSV dialect of the dataset (RFC 4180, LF line ends, UTF-8) and the header of every file. */
final class CsvFiles {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    static final String RELATIONS = "relations.csv";
    static final String TRUTH = "truth.csv";
    static final String LOOKALIKES = "lookalikes.csv";
    static final String RELATED = "related.csv";
    static final List<String> RELATION_COLUMNS =
            List.of("src", "type", "dst", "since", "until", "weight", "source", "confidence");
    static final List<String> CASE_COLUMNS = List.of("subject_id", "pattern", "since", "note");
    private static final int BUFFER = 1 << 16;

    private CsvFiles() {
    }

    /** The columns of a node file: required then optional, as the contract lists them. */
    static List<String> columns(NodeLabel label) {
        List<String> columns = new ArrayList<>(label.requiredColumns());
        columns.addAll(label.optionalColumns());
        return columns;
    }

    /** Opens {@code dir/name} for writing and prints the header. */
    static CSVPrinter open(Path dir, String name, List<String> header) throws IOException {
        BufferedWriter out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(dir.resolve(name)), StandardCharsets.UTF_8), BUFFER);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(header);
        return printer;
    }
}
