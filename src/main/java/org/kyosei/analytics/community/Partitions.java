package org.kyosei.analytics.community;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Helpers for partitions given as one label per node. */
public final class Partitions {

    private Partitions() {
    }

    /**
     * Renumbers labels to {@code 0..c-1} in order of first appearance by node id: node 0's
     * community becomes 0, the next new label met becomes 1, and so on. Any int values are
     * accepted (negative too); equal labels stay together. O(n) when labels lie in
     * {@code 0..n-1}, otherwise O(n) expected with a hash map.
     *
     * @return a new array; the input is not modified
     */
    public static int[] renumberByFirstAppearance(int[] labels) {
        int n = labels.length;
        int[] result = new int[n];
        boolean dense = true;
        for (int label : labels) {
            if (label < 0 || label >= n) {
                dense = false;
                break;
            }
        }
        int next = 0;
        if (dense) {
            int[] map = new int[n];
            Arrays.fill(map, -1);
            for (int v = 0; v < n; v++) {
                int label = labels[v];
                if (map[label] < 0) {
                    map[label] = next++;
                }
                result[v] = map[label];
            }
        } else {
            Map<Integer, Integer> map = new HashMap<>();
            for (int v = 0; v < n; v++) {
                Integer known = map.get(labels[v]);
                if (known == null) {
                    known = next++;
                    map.put(labels[v], known);
                }
                result[v] = known;
            }
        }
        return result;
    }

    /** Number of distinct labels in a partition already numbered {@code 0..c-1}. */
    static int count(int[] compactLabels) {
        int max = -1;
        for (int label : compactLabels) {
            if (label > max) {
                max = label;
            }
        }
        return max + 1;
    }
}
