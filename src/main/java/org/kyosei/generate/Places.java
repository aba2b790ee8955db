package org.kyosei.generate;

import java.util.SplittableRandom;

/**
 * The communities: kind, region and a heavy-tailed popularity weight; residential communities
 * also own a contiguous block of resident indices.
 */
final class Places {
    static final String[] KINDS = {"RESIDENTIAL", "WORKPLACE", "SCHOOL", "NIGHTLIFE", "COMMERCIAL", "ASSOCIATION"};
    static final int RESIDENTIAL = 0;
    static final int WORKPLACE = 1;
    static final int SCHOOL = 2;
    static final int NIGHTLIFE = 3;
    static final int COMMERCIAL = 4;
    static final int ASSOCIATION = 5;

    final int count;
    final int[] kind;
    final int[] region;
    final double[] weight;
    final int[] blockStart;
    final int[] blockEnd;
    private final int[][] ofKind;
    private final Alias[] aliasOfKind;

    Places(int[] kind, int[] region, double[] weight) {
        this.count = kind.length;
        this.kind = kind;
        this.region = region;
        this.weight = weight;
        this.blockStart = new int[count];
        this.blockEnd = new int[count];
        this.ofKind = new int[KINDS.length][];
        this.aliasOfKind = new Alias[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            IntList members = new IntList();
            for (int c = 0; c < count; c++) {
                if (kind[c] == k) {
                    members.add(c);
                }
            }
            ofKind[k] = members.toArray();
            double[] w = new double[ofKind[k].length];
            for (int j = 0; j < w.length; j++) {
                w[j] = weight[ofKind[k][j]];
            }
            aliasOfKind[k] = w.length == 0 ? null : new Alias(w);
        }
    }

    int[] ofKind(int k) {
        return ofKind[k];
    }

    /** A community of the kind, chosen by weight. */
    int sample(int k, SplittableRandom random) {
        return ofKind[k][aliasOfKind[k].sample(random)];
    }

    int blockSize(int c) {
        return blockEnd[c] - blockStart[c];
    }

    /** The residential community whose block holds resident {@code i} (binary search). */
    int residentialBlockOf(int i) {
        int[] residential = ofKind[RESIDENTIAL];
        int lo = 0;
        int hi = residential.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blockStart[residential[mid]] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return residential[lo];
    }
}
