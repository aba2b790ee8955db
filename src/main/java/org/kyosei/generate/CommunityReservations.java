package org.kyosei.generate;

import java.util.SplittableRandom;

/**
 * Sets aside, before any case is planted, the residential communities that infiltrations and new
 * bridges will use, and seals them ({@link World#sealed}): no other planter or look-alike draws
 * people from them, and the background writes no contact between their residents and people drawn
 * into cases elsewhere. So, when the infiltration or the bridge is planted at the end, nothing
 * else links the community to an organization. Communities where no member lives are preferred;
 * infiltrations get large ones.
 */
final class CommunityReservations {
    private static final int LARGE = 60;
    private static final int SMALL = 15;

    private CommunityReservations() {
    }

    static void reserve(World world, SplittableRandom random, int infiltrations, int bridges) {
        int[] residential = world.places.ofKind(Places.RESIDENTIAL).clone();
        Draw.shuffle(random, residential, residential.length);
        int spare = residential.length - 2;
        for (int k = 0; k < infiltrations && spare > 0; k++, spare--) {
            int c = pick(world, residential, LARGE);
            world.sealed.set(c);
            world.reservedForInfiltration.add(c);
        }
        for (int k = 0; k < bridges && spare > 0; k++, spare--) {
            int c = pick(world, residential, SMALL);
            world.sealed.set(c);
            world.reservedForBridges.add(c);
        }
    }

    /** The first unsealed community (in shuffled order) that no organization touches and is big enough, relaxing in turn. */
    private static int pick(World world, int[] candidates, int minSize) {
        int largest = -1;
        for (int pass = 0; pass < 3; pass++) {
            for (int c : candidates) {
                if (world.sealed.get(c)) {
                    continue;
                }
                boolean untouched = !world.organizations.touchedByAny(c);
                boolean big = world.places.blockSize(c) >= minSize;
                if (pass == 0 && untouched && big || pass == 1 && untouched || pass == 2 && big) {
                    return c;
                }
                if (largest < 0 || world.places.blockSize(c) > world.places.blockSize(largest)) {
                    largest = c;
                }
            }
        }
        return largest;
    }
}
