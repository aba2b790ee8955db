package org.kyosei.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One dataset CSV file read as a stream of rows (RFC 4180, UTF-8, header row, columns by name).
 * Memory use does not grow with the file: rows are handed out one at a time.
 */
final class CsvFile implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final Path path;
    private final CountingInputStream bytes;
    private final CSVParser parser;
    private final Map<String, Integer> columns;

    private CsvFile(Path path, CountingInputStream bytes, CSVParser parser, Map<String, Integer> columns) {
        this.path = path;
        this.bytes = bytes;
        this.parser = parser;
        this.columns = columns;
    }

    /**
     * Opens the file and reads its header.
     *
     * @throws DatasetException when the file cannot be read as CSV or lacks a required column
     */
    static CsvFile open(Path path, Collection<String> requiredColumns) {
        String name = path.getFileName().toString();
        CountingInputStream bytes = null;
        try {
            bytes = new CountingInputStream(Files.newInputStream(path));
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CSVParser parser = CSVParser.builder()
                    .setReader(new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16))
                    .setFormat(FORMAT)
                    .get();
            Map<String, Integer> columns = new HashMap<>();
            for (Map.Entry<String, Integer> header : parser.getHeaderMap().entrySet()) {
                String column = stripByteOrderMark(header.getKey()).strip();
                if (columns.put(column, header.getValue()) != null) {
                    // "name" and "name " are two columns to the CSV parser but one to us: which one holds the value?
                    parser.close();
                    throw new DatasetException(name + ": column '" + column + "' appears twice in the header");
                }
            }
            for (String required : requiredColumns) {
                if (!columns.containsKey(required)) {
                    parser.close();
                    throw new DatasetException(name + ": missing required column '" + required + "' (header: " + columns.keySet().stream().sorted().toList() + ")");
                }
            }
            return new CsvFile(path, bytes, parser, Map.copyOf(columns));
        } catch (DatasetException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            closeQuietly(bytes);
            throw new DatasetException(name + ": cannot be read as CSV: " + reason(e), e);
        }
    }

    private static String stripByteOrderMark(String column) {
        return column.startsWith("\uFEFF") ? column.substring(1) : column;
    }

    Map<String, Integer> columns() {
        return columns;
    }

    String name() {
        return path.getFileName().toString();
    }

    long sizeBytes() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    long bytesRead() {
        return bytes.count();
    }

    /**
     * Hands every data row to {@code sink} in file order, with the line on which it starts.
     *
     * @throws DatasetException when the rest of the file cannot be parsed (the rows before were handed out)
     */
    void forEachRow(Consumer<SourceRow> sink) {
        String name = name();
        long lastLine = parser.getCurrentLineNumber();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new DatasetException(name + " line " + (lastLine + 1) + ": cannot be read as CSV: " + reason(e), e);
            }
            sink.accept(new SourceRow(name, lastLine + 1, List.of(record.values())));
            lastLine = parser.getCurrentLineNumber();
        }
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() != null && t.getCause().getMessage() != null && !(t instanceof CharacterCodingException)) {
            t = t.getCause();
        }
        if (t instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        String message = String.valueOf(t.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // already failing
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
