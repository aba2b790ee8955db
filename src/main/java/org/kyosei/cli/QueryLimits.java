package org.kyosei.cli;

import java.time.Duration;

import picocli.CommandLine.Option;

/** Row limit, timeout and output format shared by {@code query} and {@code cypher}. */
final class QueryLimits {
    @Option(names = "--limit", paramLabel = "ROWS", defaultValue = "1000", description = "Most rows to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Stop the statement after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    int limit() {
        if (limit < 1) {
            throw new UserException("--limit must be at least 1, got " + limit);
        }
        return limit;
    }

    Duration timeout() {
        if (timeoutSeconds < 1) {
            throw new UserException("--timeout must be at least 1 second, got " + timeoutSeconds);
        }
        return Duration.ofSeconds(timeoutSeconds);
    }
}
