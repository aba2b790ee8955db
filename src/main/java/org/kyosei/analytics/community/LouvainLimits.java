package org.kyosei.analytics.community;

/**
 * When {@link Louvain} stops: after {@code maxLevels} aggregation levels, after {@code maxPassesPerLevel} local-moving
 * passes within a level, and when a pass or a round improves modularity by less than {@code minModularityGain}.
 *
 * @param maxLevels         at least 1
 * @param maxPassesPerLevel at least 1
 * @param minModularityGain finite and >= 0
 */
public record LouvainLimits(int maxLevels, int maxPassesPerLevel, double minModularityGain) {
    /** 50 levels, 100 passes per level, a gain of 1e-7. */
    public static final LouvainLimits DEFAULTS = new LouvainLimits(Louvain.MAX_LEVELS_DEFAULT,
            Louvain.MAX_PASSES_PER_LEVEL_DEFAULT, Louvain.MIN_MODULARITY_GAIN_DEFAULT);

    /** @throws IllegalArgumentException when a limit is outside its range */
    public LouvainLimits {
        if (maxLevels < 1) {
            throw new IllegalArgumentException("maxLevels must be >= 1, got " + maxLevels);
        }
        if (maxPassesPerLevel < 1) {
            throw new IllegalArgumentException("maxPassesPerLevel must be >= 1, got " + maxPassesPerLevel);
        }
        if (!(minModularityGain >= 0) || Double.isInfinite(minModularityGain)) {
            throw new IllegalArgumentException("minModularityGain must be finite and >= 0, got " + minModularityGain);
        }
    }
}
