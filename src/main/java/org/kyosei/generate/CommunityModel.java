package org.kyosei.generate;

import java.util.SplittableRandom;

/**
 * Builds the communities: about one per {@link WorldParameters#individualsPerCommunity()}
 * individuals (250 by default), at least one of every kind, a share residential (40% by default),
 * with Pareto-distributed popularity (a few large ones). The residents are then split into contiguous blocks, one per residential community, sized by weight.
 */
final class CommunityModel {
    private static final int MIN_COMMUNITIES = 20;
    private static final double SIZE_CAP = 60;

    private CommunityModel() {
    }

    static Places build(int individuals, int residents, SplittableRandom random, WorldParameters world) {
        int count = Math.max(MIN_COMMUNITIES, Math.round(individuals / (float) world.individualsPerCommunity()));
        int residential = Math.max(6, Math.round(count * (float) world.residentialShare()));
        int[] otherKindWeights = world.otherKindWeights();
        int[] kind = new int[count];
        for (int c = 0; c < count; c++) {
            if (c < residential) {
                kind[c] = Places.RESIDENTIAL;
            } else if (c < residential + otherKindWeights.length) {
                kind[c] = 1 + (c - residential);
            } else {
                kind[c] = 1 + Draw.weighted(random, otherKindWeights);
            }
        }
        Draw.shuffle(random, kind, count);
        int[] region = new int[count];
        double[] weight = new double[count];
        for (int c = 0; c < count; c++) {
            region[c] = random.nextInt(Lexicon.REGIONS.length);
            weight[c] = Draw.pareto(random, world.communitySizeTail(), SIZE_CAP);
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
