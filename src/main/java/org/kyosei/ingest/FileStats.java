package org.kyosei.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** What an import did with one file. */
public record FileStats(String file, long read, long imported, long rejected, Duration elapsed,
                        Map<RejectReason, Long> rejectedByReason) {

    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : read / seconds;
    }

    /** Mutable counters while the file is being read. */
    static final class Counter {
        private final String file;
        private final long startNanos = System.nanoTime();
        private long read;
        private long imported;
        private final Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);

        Counter(String file) {
            this.file = file;
        }

        synchronized void read() {
            read++;
        }

        synchronized void imported(long rows) {
            imported += rows;
        }

        synchronized void rejected(RejectReason reason) {
            rejected.merge(reason, 1L, Long::sum);
        }

        synchronized FileStats finish() {
            long rejectedRows = rejected.values().stream().mapToLong(Long::longValue).sum();
            return new FileStats(file, read, imported, rejectedRows, Duration.ofNanos(System.nanoTime() - startNanos),
                    Map.copyOf(rejected));
        }
    }
}
