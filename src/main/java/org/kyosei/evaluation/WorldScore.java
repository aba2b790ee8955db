package org.kyosei.evaluation;

import java.util.Map;

/**
 * The scores of one generated world: its number and seed, the comparison with its truth, and per
 * pattern the listed leads on a person for mere association ({@link AssociationOnlyLeads}).
 */
public record WorldScore(int world, long seed, DetectionEvaluation.Result result, Map<String, Integer> associationOnly) {
    public WorldScore {
        associationOnly = Map.copyOf(associationOnly);
    }

    public int associationOnly(String pattern) {
        return associationOnly.getOrDefault(pattern, 0);
    }
}
