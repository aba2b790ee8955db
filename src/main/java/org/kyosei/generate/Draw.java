package org.kyosei.generate;

import java.util.SplittableRandom;

/** Small distributions used across the model. */
final class Draw {
    private Draw() {
    }

    /** Uniform int in {@code [lo, hi]}. */
    static int between(SplittableRandom random, int lo, int hi) {
        return hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
    }

    /** Uniform amount in {@code [lo, hi]}, rounded down to a multiple of {@code step}. */
    static long amount(SplittableRandom random, long lo, long hi, long step) {
        long value = lo + (long) (random.nextDouble() * (hi - lo + 1));
        return Math.max(lo, value / step * step);
    }

    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    /** Pareto with minimum 1 and tail index {@code alpha}, capped at {@code cap}: heavy-tailed sizes. */
    static double pareto(SplittableRandom random, double alpha, double cap) {
        double u = 1.0 - random.nextDouble();
        return Math.min(cap, StrictMath.pow(u, -1.0 / alpha));
    }

    /** 1 + a geometric count with the given mean excess, capped: contact counts and the like. */
    static long count(SplittableRandom random, double meanExcess, long cap) {
        double u = 1.0 - random.nextDouble();
        return Math.min(cap, 1 + (long) (-StrictMath.log(u) * meanExcess));
    }

    /** A confidence in percent: usually in {@code [lo, 100]}, with probability {@code lowShare} in 20..50. */
    static int confidence(SplittableRandom random, int lo, double lowShare) {
        return random.nextDouble() < lowShare ? between(random, 20, 50) : between(random, lo, 100);
    }

    /** An index drawn by the cumulative weights {@code w} (small vocabularies). */
    static int weighted(SplittableRandom random, int[] w) {
        int total = 0;
        for (int x : w) {
            total += x;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r < 0) {
                return i;
            }
        }
        return w.length - 1;
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Fisher-Yates shuffle of the first {@code n} entries. */
    static void shuffle(SplittableRandom random, int[] values, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
