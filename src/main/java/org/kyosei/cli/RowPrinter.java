package org.kyosei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kyosei.audit.TerminalText;
import org.kyosei.query.QueryResult;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints query rows as an aligned table, CSV (RFC 4180) or JSON (an array of objects). A table, made for a terminal,
 * shows control characters escaped ({@link TerminalText}); JSON escapes them too, and still parses back to the
 * values exactly; CSV is data and keeps them (callers that print stored text escape it first).
 */
final class RowPrinter {
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .characterEscapes(TerminalText.JSON_ESCAPES).build())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private RowPrinter() {
    }

    static void print(QueryResult result, OutputFormat format, PrintWriter out, PrintWriter err) {
        switch (format) {
            case TABLE -> table(result, out);
            case CSV -> csv(result, out);
            case JSON -> json(result, out);
        }
        out.flush();
        if (result.truncated()) {
            err.println("note: output stopped at " + result.rows().size() + " rows (raise --limit to see more)");
            err.flush();
        } else if (format == OutputFormat.TABLE) {
            err.println("(" + result.rows().size() + " rows)");
            err.flush();
        }
    }

    private static void table(QueryResult result, PrintWriter out) {
        TextTable table = new TextTable(result.columns());
        for (List<Object> row : result.rows()) {
            table.row(row.stream().map(value -> TerminalText.printable(cell(value))).toArray());
        }
        table.print(out);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return JsonMapper.shared().writeValueAsString(value);
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format(java.util.Locale.ROOT, "%.6g", d);
        }
        return value.toString();
    }

    private static void csv(QueryResult result, PrintWriter out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                    .setHeader(result.columns().toArray(String[]::new)).get());
            for (List<Object> row : result.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(value -> cells.add(cell(value)));
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(QueryResult result, PrintWriter out) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                object.put(result.columns().get(i), row.get(i));
            }
            objects.add(object);
        }
        out.println(JSON.writeValueAsString(objects));
    }
}
