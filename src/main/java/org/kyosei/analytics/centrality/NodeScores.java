package org.kyosei.analytics.centrality;

import java.util.Objects;

/**
 * The result of a {@link CentralityAlgorithm}: one score per node, indexed by node id.
 *
 * <p>The record holds the array it was given, without copying (results can have millions of
 * entries); treat it as read-only.
 *
 * @param measure the measure's name, e.g. {@code "betweenness"} (a scores CSV column name)
 * @param scores one score per node, {@code scores[v]} for node {@code v}
 * @param exact {@code true} when the scores are the measure's values (up to floating point and,
 *     for iterative measures, the requested tolerance); {@code false} when they are a sampled
 *     estimate or an iteration stopped before converging
 * @param note how the scores were computed, for a run summary, e.g.
 *     {@code "sampled 256 of 1000000 sources, seed 42; ..."}
 */
public record NodeScores(String measure, double[] scores, boolean exact, String note) {

    public NodeScores {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(note, "note");
    }

    /** Number of nodes scored. */
    public int size() {
        return scores.length;
    }

    /** The score of {@code node}. */
    public double score(int node) {
        return scores[node];
    }

    @Override
    public String toString() {
        return "NodeScores[" + measure + ", " + scores.length + " nodes, " + (exact ? "exact" : "estimate")
                + ", " + note + "]";
    }
}
