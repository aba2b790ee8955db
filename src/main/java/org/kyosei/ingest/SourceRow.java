package org.kyosei.ingest;

import java.util.List;

/** A data row as read from a file: where it came from and its raw field values. */
public record SourceRow(String file, long line, List<String> rawFields) {
}
