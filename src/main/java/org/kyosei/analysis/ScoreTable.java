package org.kyosei.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kyosei.projection.IdMap;

/**
 * Scores of every projected node, one column per measure, in the projection's node order (which is
 * id order). Columns keep the order they were added in.
 */
public record ScoreTable(IdMap ids, Map<String, double[]> measures) {

    public ScoreTable {
        Objects.requireNonNull(ids, "ids");
        for (Map.Entry<String, double[]> measure : measures.entrySet()) {
            if (measure.getValue().length != ids.size()) {
                throw new IllegalArgumentException("measure '" + measure.getKey() + "' has " + measure.getValue().length
                        + " values for " + ids.size() + " nodes");
            }
        }
        measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    public List<String> measureNames() {
        return List.copyOf(measures.keySet());
    }

    public double score(String measure, int node) {
        return measures.get(measure)[node];
    }
}
