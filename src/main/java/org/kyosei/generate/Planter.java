package org.kyosei.generate;

/**
 * Plants one kind of structure into the model: a penetration pattern (recorded in truth.csv) or a
 * benign look-alike (recorded in lookalikes.csv).
 */
interface Planter {
    /** The pattern name written in the truth or look-alike file. */
    String pattern();

    /** How many cases to plant in a population of this many individuals (at least 2). */
    int cases(int individuals);

    /** How many cases to plant in this world (by default {@link #cases(int)}). */
    default int cases(WorldParameters world, int individuals) {
        return cases(individuals);
    }

    /** Plants case number {@code caseNumber} (0-based). */
    void plant(PlantKit kit, int caseNumber);
}
