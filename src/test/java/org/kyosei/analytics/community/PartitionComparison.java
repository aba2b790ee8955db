package org.kyosei.analytics.community;

import java.util.HashMap;
import java.util.Map;

/** Normalised mutual information between two partitions (1 = identical up to renaming). */
final class PartitionComparison {

    private PartitionComparison() {
    }

    static double nmi(int[] a, int[] b) {
        int n = a.length;
        Map<Integer, Integer> countA = new HashMap<>();
        Map<Integer, Integer> countB = new HashMap<>();
        Map<Long, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            countA.merge(a[i], 1, Integer::sum);
            countB.merge(b[i], 1, Integer::sum);
            joint.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
        }
        double mutual = 0;
        for (Map.Entry<Long, Integer> e : joint.entrySet()) {
            int ca = countA.get((int) (e.getKey() >> 32));
            int cb = countB.get((int) (long) e.getKey());
            double pij = e.getValue() / (double) n;
            mutual += pij * Math.log(pij * n * n / ((double) ca * cb));
        }
        double ha = entropy(countA, n);
        double hb = entropy(countB, n);
        return ha + hb == 0 ? 1.0 : 2 * mutual / (ha + hb);
    }

    private static double entropy(Map<Integer, Integer> counts, int n) {
        double h = 0;
        for (int c : counts.values()) {
            double p = c / (double) n;
            h -= p * Math.log(p);
        }
        return h;
    }
}
