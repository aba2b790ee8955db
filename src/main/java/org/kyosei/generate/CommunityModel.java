package org.kyosei.generate;

import java.util.SplittableRandom;

/**
 * Builds the communities: about one per {@value #INDIVIDUALS_PER_COMMUNITY} individuals, at least
 * one of every kind, 40% residential, with Pareto-distributed popularity (a few large ones). The
 * residents are then split into contiguous blocks, one per residential community, sized by weight.
 */
final class CommunityModel {
    static final int INDIVIDUALS_PER_COMMUNITY = 250;
    private static final int MIN_COMMUNITIES = 20;
    private static final double RESIDENTIAL_SHARE = 0.4;
    /** Relative frequency of the non-residential kinds WORKPLACE..ASSOCIATION. */
    private static final int[] OTHER_KIND_WEIGHTS = {40, 12, 14, 16, 18};
    private static final double SIZE_TAIL = 1.4;
    private static final double SIZE_CAP = 60;

    private CommunityModel() {
    }

    static Places build(int individuals, int residents, SplittableRandom random) {
        int count = Math.max(MIN_COMMUNITIES, Math.round(individuals / (float) INDIVIDUALS_PER_COMMUNITY));
        int residential = Math.max(6, Math.round(count * (float) RESIDENTIAL_SHARE));
        int[] kind = new int[count];
        for (int c = 0; c < count; c++) {
            if (c < residential) {
                kind[c] = Places.RESIDENTIAL;
            } else if (c < residential + OTHER_KIND_WEIGHTS.length) {
                kind[c] = 1 + (c - residential);
            } else {
                kind[c] = 1 + Draw.weighted(random, OTHER_KIND_WEIGHTS);
            }
        }
        Draw.shuffle(random, kind, count);
        int[] region = new int[count];
        double[] weight = new double[count];
        for (int c = 0; c < count; c++) {
            region[c] = random.nextInt(Lexicon.REGIONS.length);
            weight[c] = Draw.pareto(random, SIZE_TAIL, SIZE_CAP);
        }
        Places places = new Places(kind, region, weight);
        layoutBlocks(places, residents);
        return places;
    }

    /** Splits residents {@code [0, residents)} into one block per residential community. */
    private static void layoutBlocks(Places places, int residents) {
        int[] residential = places.ofKind(Places.RESIDENTIAL);
        int k = residential.length;
        int minimum = Math.max(4, Math.min(30, residents / (k * 4)));
        double total = 0;
        for (int c : residential) {
            total += places.weight[c];
        }
        int spread = residents - minimum * k;
        int[] size = new int[k];
        int assigned = 0;
        for (int j = 0; j < k; j++) {
            size[j] = minimum + (int) (spread * places.weight[residential[j]] / total);
            assigned += size[j];
        }
        for (int j = 0; assigned < residents; j = (j + 1) % k) {
            size[j]++;
            assigned++;
        }
        int next = 0;
        for (int j = 0; j < k; j++) {
            places.blockStart[residential[j]] = next;
            next += size[j];
            places.blockEnd[residential[j]] = next;
        }
    }
}
