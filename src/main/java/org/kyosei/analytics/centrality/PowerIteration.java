package org.kyosei.analytics.centrality;

/**
 * How a power iteration runs, the same for PageRank, eigenvector and Katz centrality: it stops when the L1 change
 * of the scores falls below {@code tolerance} or after {@code maxIterations}; {@code weighting} says whether
 * transitions follow the weights; {@code concurrency} worker threads pull over fixed node blocks (the result is the
 * same at any concurrency).
 *
 * @param tolerance     L1 change below which the iteration stops, finite and {@code > 0}
 * @param maxIterations iteration cap, at least 1
 * @param weighting     unit or weight-proportional transitions
 * @param concurrency   number of worker threads, at least 1
 */
public record PowerIteration(double tolerance, int maxIterations, Weighting weighting, int concurrency) {
    public PowerIteration {
        Checks.tolerance(tolerance);
        Checks.maxIterations(maxIterations);
        Checks.notNull(weighting, "weighting");
        Checks.concurrency(concurrency);
    }

    /** On every core. */
    public static PowerIteration onEveryCore(double tolerance, int maxIterations, Weighting weighting) {
        return new PowerIteration(tolerance, maxIterations, weighting, Checks.defaultConcurrency());
    }

    boolean weighted() {
        return weighting == Weighting.WEIGHTED;
    }

    /** Whether an iteration that reached {@code change} after {@code iterations} goes on. */
    boolean goesOn(int iterations, double change) {
        return iterations < maxIterations && !(change < tolerance);
    }
}
