package org.kyosei.detection;

/**
 * How much one recorded relationship says, and how pieces of evidence add up. A row counts by its
 * confidence, its recency (fresh records weigh more, undated ones in between) and, for counted
 * relationships (contacts), by a saturating function of the count; repetition adds up as a
 * noisy-or, so many weak records approach but never exceed certainty, and nothing grows with plain
 * size.
 */
public final class TieStrength {
    /** Half-life-like scale of recency, in days. */
    private static final double RECENCY_DAYS = 180;
    /** Weight of an undated ("always") record relative to a fresh one. */
    private static final double UNDATED = 0.8;

    private TieStrength() {
    }

    /** 1 for a record dated on {@code day}, falling to 0.5 for old ones; {@value #UNDATED} undated. */
    public static double recency(DetectionGraph graph, int edge, int day) {
        if (!graph.hasSince(edge)) {
            return UNDATED;
        }
        int age = Math.max(0, day - graph.since(edge));
        return 0.5 + 0.5 * Math.exp(-age / RECENCY_DAYS);
    }

    /** Evidence of one contact row: confidence x recency x saturating count. */
    public static double contactRow(DetectionGraph graph, int edge, int day) {
        return graph.confidence(edge) * recency(graph, edge, day) * saturate(graph.weight(edge), 5);
    }

    /** Evidence of one plain row (no count): confidence x recency. */
    public static double row(DetectionGraph graph, int edge, int day) {
        return graph.confidence(edge) * recency(graph, edge, day);
    }

    /** {@code 1 - exp(-x / scale)}: 0 at 0, rising to 1. */
    public static double saturate(double x, double scale) {
        return x <= 0 ? 0 : 1 - Math.exp(-x / scale);
    }

    public static double noisyOr(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }

    public static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
