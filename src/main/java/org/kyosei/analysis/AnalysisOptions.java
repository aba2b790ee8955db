package org.kyosei.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an analysis run computes: the as-of date, whether edges are weighted, and when betweenness
 * and harmonic centrality switch from exact to sampled (CLI.md: exact up to 50,000 nodes, 256
 * sampled sources above unless {@code exact}).
 */
public record AnalysisOptions(LocalDate asOf, boolean weighted, boolean exact, int exactNodeLimit, int sampleSize, long seed) {
    public static final int EXACT_NODE_LIMIT = 50_000;
    public static final int SAMPLE_SIZE = 256;
    public static final long SEED = 42;

    public AnalysisOptions {
        Objects.requireNonNull(asOf, "asOf");
        if (sampleSize < 1) {
            throw new IllegalArgumentException("--samples must be at least 1, got " + sampleSize);
        }
        if (exactNodeLimit < 0) {
            throw new IllegalArgumentException("the exact node limit must be >= 0, got " + exactNodeLimit);
        }
    }

    public static AnalysisOptions defaults(LocalDate asOf) {
        return new AnalysisOptions(asOf, false, false, EXACT_NODE_LIMIT, SAMPLE_SIZE, SEED);
    }
}
