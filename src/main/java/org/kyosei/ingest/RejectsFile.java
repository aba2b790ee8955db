package org.kyosei.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows set aside by an import: {@code file,line,code,reason,row}, where {@code row} holds the
 * original fields re-encoded as one CSV line.
 */
final class RejectsFile implements AutoCloseable {
    private static final CSVFormat ROW_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private final Path path;
    private final CSVPrinter printer;

    RejectsFile(Path path) {
        this.path = path;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setRecordSeparator("\n")
                    .setHeader("file", "line", "code", "reason", "row")
                    .get());
        } catch (IOException e) {
            throw new DatasetException("cannot write the rejects file " + path + ": " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    synchronized void write(SourceRow row, Rejection rejection) {
        try {
            StringBuilder raw = new StringBuilder();
            ROW_FORMAT.printRecord(raw, row.rawFields().toArray());
            printer.printRecord(row.file(), row.line(), rejection.reason().name(), rejection.detail(), raw.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + path, e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + path, e);
        }
    }
}
