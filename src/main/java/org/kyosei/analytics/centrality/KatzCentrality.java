package org.kyosei.analytics.centrality;

import java.util.Arrays;
import java.util.Locale;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Katz centrality: {@code x = α·A·x + β·1}, i.e. {@code x(v) = β·Σ_{k≥0} α^k·(number of walks of
 * length k ending at v)}, weighted walks when weighted (weights finite and {@code >= 0}). Not
 * normalised (JGraphT's convention; NetworkX's {@code katz_centrality} L2-normalises by default).
 * Every node scores at least {@code β}; isolated nodes score exactly {@code β}; components need no
 * special handling (walks stay inside them).
 *
 * <p>Reference: L. Katz, <i>A new status index derived from sociometric analysis</i>,
 * Psychometrika 18(1):39–43, 1953.
 *
 * <p><b>Iteration.</b> Jacobi iteration from {@code x = β·1}, stopping when the L1 change is below
 * the tolerance or after the maximum number of iterations ({@link NodeScores#exact()} false). The
 * series converges only when {@code α < 1/λ_max}, {@code λ_max} the adjacency spectral radius;
 * {@code α < 1/(max degree)} guarantees it. When the iteration diverges, {@link #compute} throws an
 * {@link IllegalArgumentException} saying so. {@code O(n + m)} per iteration, {@code 16n} bytes,
 * parallel over fixed node blocks (identical at every concurrency).
 */
public final class KatzCentrality implements CentralityAlgorithm {

    /** The measure's name. */
    public static final String NAME = "katz";
    /** Attenuation, as JGraphT's default; must stay below 1/λ_max of the graph. */
    public static final double ALPHA_DEFAULT = 0.01;
    public static final double BETA_DEFAULT = 1.0;
    public static final double TOLERANCE_DEFAULT = 1e-9;
    public static final int MAX_ITERATIONS_DEFAULT = 1000;

    private final double alpha;
    private final double beta;
    private final PowerIteration iteration;

    /** α 0.01, β 1, L1 tolerance 1e-9, at most 1000 iterations, unweighted, every core. */
    public KatzCentrality() {
        this(ALPHA_DEFAULT, BETA_DEFAULT, TOLERANCE_DEFAULT, MAX_ITERATIONS_DEFAULT, Weighting.UNWEIGHTED,
                Checks.defaultConcurrency());
    }

    /**
     * @param alpha attenuation factor, finite and {@code > 0} (and below 1/λ_max of the graph)
     * @param beta base score of every node, finite and {@code > 0}
     * @param tolerance L1 change below which the iteration stops, finite and {@code > 0}
     * @param maxIterations iteration cap, at least 1
     * @param weighting walks counted with unit or weight products
     * @param concurrency number of worker threads, at least 1
     */
    public KatzCentrality(double alpha, double beta, double tolerance, int maxIterations, Weighting weighting,
            int concurrency) {
        if (!(alpha > 0.0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a finite number > 0, got " + alpha);
        }
        if (!(beta > 0.0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be a finite number > 0, got " + beta);
        }
        this.alpha = alpha;
        this.beta = beta;
        this.iteration = new PowerIteration(tolerance, maxIterations, weighting, concurrency);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NodeScores compute(CsrGraph graph) {
        Checks.graph(graph);
        boolean weighted = iteration.weighted();
        if (weighted) {
            Checks.nonNegativeWeights(graph, NAME);
        }
        int n = graph.nodeCount();
        if (n == 0) {
            return new NodeScores(NAME, new double[0], true, "empty graph");
        }
        double[] x = new double[n];
        double[] y = new double[n];
        Arrays.fill(x, beta);
        int iterations = 0;
        double change = Double.POSITIVE_INFINITY;
        double firstChange = Double.NaN;
        try (WorkerPool pool = new WorkerPool(iteration.concurrency())) {
            SpectralIteration step = new SpectralIteration(pool, graph, weighted);
            while (iteration.goesOn(iterations, change)) {
                double squares = step.multiply(x, y, alpha, 0.0, beta);
                change = step.scaleAndCompare(y, 1.0, x);
                double[] swap = x;
                x = y;
                y = swap;
                iterations++;
                if (iterations == 1) {
                    firstChange = change;
                }
                if (!Double.isFinite(squares) || change > firstChange * 1e6) {
                    break;
                }
            }
        }
        boolean converged = change < iteration.tolerance();
        if (!converged && !(change <= firstChange)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "alpha %s is too large for this graph: the Katz series diverges (alpha must be below 1/λmax;"
                            + " alpha < 1/max degree = %.4g always converges)",
                    alpha, 1.0 / SpectralIteration.maxStrength(graph, weighted)));
        }
        String note = String.format(Locale.ROOT, "%s, alpha %s, beta %s, %d iterations, last L1 change %.3g%s",
                weighted ? "weighted" : "unweighted", alpha, beta, iterations, change,
                converged ? " < tolerance " + iteration.tolerance() : ", NOT converged (tolerance " + iteration.tolerance() + ")");
        return new NodeScores(NAME, x, converged, note);
    }
}
