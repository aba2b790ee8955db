package org.kyosei.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The outcome of one import: per-file statistics, warnings, and where the rejects went. */
public record ImportReport(List<FileStats> files, List<String> warnings, Path rejectsFile, Duration elapsed) {

    public long rejected() {
        return files.stream().mapToLong(FileStats::rejected).sum();
    }

    public long read() {
        return files.stream().mapToLong(FileStats::read).sum();
    }

    public long imported() {
        return files.stream().mapToLong(FileStats::imported).sum();
    }
}
