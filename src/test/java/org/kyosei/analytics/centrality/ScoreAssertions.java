package org.kyosei.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparisons of score arrays with a relative tolerance and a readable failure. */
final class ScoreAssertions {

    private ScoreAssertions() {
    }

    /** Every {@code |a - b| <= tolerance * max(1, |b|)}. */
    static void assertClose(double[] actual, double[] expected, double tolerance) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int v = 0; v < expected.length; v++) {
            double scale = Math.max(1.0, Math.abs(expected[v]));
            assertThat(Math.abs(actual[v] - expected[v]))
                    .as("node %d: actual %s, expected %s", v, actual[v], expected[v])
                    .isLessThanOrEqualTo(tolerance * scale);
        }
    }

    /** Largest {@code |a - b| / max(1e-300, |b|)}. */
    static double maxRelativeError(double[] actual, double[] expected) {
        double max = 0.0;
        for (int v = 0; v < expected.length; v++) {
            double denominator = Math.max(1e-300, Math.abs(expected[v]));
            max = Math.max(max, Math.abs(actual[v] - expected[v]) / denominator);
        }
        return max;
    }
}
