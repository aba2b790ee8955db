package org.kyosei.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where detection fails, over many worlds: per pattern and plant variant how many cases were planted
 * and found, and per kind of benign look-alike how many came into a window.
 */
public final class VariantTally {
    private final Map<String, int[]> byVariant = new TreeMap<>();
    private final Map<String, Integer> lookalikeKinds = new TreeMap<>();

    /**
     * Adds one world: {@code variants} maps "PATTERN SUBJECT" to the variant the case was planted in
     * (the generator's world.json); a case without one counts under "-".
     */
    public void add(DetectionEvaluation.Result result, Map<String, String> variants, List<EvaluationInput.Case> truth) {
        for (EvaluationInput.Case c : truth) {
            String key = c.pattern() + " " + variants.getOrDefault(c.pattern() + " " + c.subject(), "-");
            boolean missed = result.patterns().stream().anyMatch(p -> p.pattern().equals(c.pattern())
                    && p.missed().contains(c.subject()));
            int[] tally = byVariant.computeIfAbsent(key, k -> new int[2]);
            tally[0]++;
            tally[1] += missed ? 0 : 1;
        }
        for (String l : result.lookalikesInWindow()) {
            int open = l.lastIndexOf('(');
            lookalikeKinds.merge(open < 0 ? l : l.substring(open + 1, l.length() - 1), 1, Integer::sum);
        }
    }

    /** "PATTERN variant" to {planted, found}. */
    public Map<String, int[]> byVariant() {
        return byVariant;
    }

    /** Look-alike kind to the number that came into a window. */
    public Map<String, Integer> lookalikeKinds() {
        return lookalikeKinds;
    }
}
