package org.kyosei.analytics.centrality;

import org.kyosei.analytics.graph.CsrGraph;

/** Parameter and input checks shared by the algorithms, with precise messages. */
final class Checks {

    private Checks() {
    }

    /** The default concurrency: every core the JVM may use. */
    static int defaultConcurrency() {
        return Runtime.getRuntime().availableProcessors();
    }

    static int concurrency(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        return concurrency;
    }

    static double dampingFactor(double dampingFactor) {
        if (!(dampingFactor >= 0.0 && dampingFactor < 1.0)) {
            throw new IllegalArgumentException("damping factor must be in [0, 1), got " + dampingFactor);
        }
        return dampingFactor;
    }

    static double tolerance(double tolerance) {
        if (!(tolerance > 0.0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number > 0, got " + tolerance);
        }
        return tolerance;
    }

    static int maxIterations(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max iterations must be >= 1, got " + maxIterations);
        }
        return maxIterations;
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static CsrGraph graph(CsrGraph graph) {
        return notNull(graph, "graph");
    }

    /** Shortest-path lengths: every weight finite and {@code > 0}. */
    static void positiveWeights(CsrGraph graph, String measure) {
        double[] weights = graph.weights();
        int[] targets = graph.targets();
        for (int u = 0; u < graph.nodeCount(); u++) {
            for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                double w = weights[e];
                if (!(w > 0.0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("weighted " + measure
                            + " needs finite weights > 0 (edge lengths); edge {" + u + ", " + targets[e]
                            + "} has weight " + w);
                }
            }
        }
    }

    /** Strengths: every weight finite and {@code >= 0}. */
    static void nonNegativeWeights(CsrGraph graph, String measure) {
        double[] weights = graph.weights();
        int[] targets = graph.targets();
        for (int u = 0; u < graph.nodeCount(); u++) {
            for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                double w = weights[e];
                if (!(w >= 0.0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("weighted " + measure + " needs finite weights >= 0;"
                            + " edge {" + u + ", " + targets[e] + "} has weight " + w);
                }
            }
        }
    }
}
