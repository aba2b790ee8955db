package org.kyosei.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many individuals, over how many weeks ending on {@code end}, from which seed.
 *
 * <p>The same settings always produce byte-identical files.
 *
 * @param individuals number of Individual nodes, at least {@value #MIN_INDIVIDUALS}
 * @param weeks       length of the observed period in weeks, 1..{@value #MAX_WEEKS}
 * @param seed        seed of every random decision
 * @param end         the last day of the dataset; week k covers days
 *                    {@code end - 7*(weeks-k) + 1 .. end - 7*(weeks-1-k)}
 * @param world       the world's parameters: {@link WorldParameters#defaults()} or drawn for the seed
 */
public record GeneratorSettings(int individuals, int weeks, long seed, LocalDate end, WorldParameters world) {
    public static final int MIN_INDIVIDUALS = 200;
    public static final int MAX_INDIVIDUALS = 50_000_000;
    public static final int MAX_WEEKS = 520;

    public GeneratorSettings {
        if (individuals < MIN_INDIVIDUALS || individuals > MAX_INDIVIDUALS) {
            throw new IllegalArgumentException("--individuals must be between " + MIN_INDIVIDUALS + " and "
                    + MAX_INDIVIDUALS + ", got " + individuals);
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("--weeks must be between 1 and " + MAX_WEEKS + ", got " + weeks);
        }
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(world, "world");
    }

    /** Settings of the project's fixed default world. */
    public GeneratorSettings(int individuals, int weeks, long seed, LocalDate end) {
        this(individuals, weeks, seed, end, WorldParameters.defaults());
    }

    /** Settings of a world whose parameters are drawn from the seed ({@link WorldParameters#draw}). */
    public static GeneratorSettings random(int individuals, int weeks, long seed, LocalDate end) {
        return new GeneratorSettings(individuals, weeks, seed, end, WorldParameters.draw(seed));
    }

    /** The first day of the dataset. */
    public LocalDate start() {
        return end.minusDays(7L * weeks - 1);
    }
}
