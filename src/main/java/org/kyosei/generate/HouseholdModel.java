package org.kyosei.generate;

import java.util.SplittableRandom;

/**
 * Fills each residential block with households of 1-6 people who share one ADDRESS identifier (in
 * some worlds, with the household before them in the same building);
 * gives 90% of residents a PHONE (a few share one within the household) and 72% an ACCOUNT; and
 * gives about a third of residents one more community: a school for the young, otherwise a
 * nightlife or commercial district or an association.
 */
final class HouseholdModel {
    private static final int[] HOUSEHOLD_SIZE_WEIGHTS = {22, 26, 20, 16, 10, 6};
    private static final double PHONE_SHARE = 0.90;
    private static final double SHARED_PHONE_SHARE = 0.05;
    private static final double ACCOUNT_SHARE = 0.72;
    private static final double STUDENT_SCHOOL_SHARE = 0.35;
    private static final double GATHERING_SHARE = 0.25;
    private static final int[] GATHERING_KINDS = {Places.NIGHTLIFE, Places.COMMERCIAL, Places.ASSOCIATION};
    private static final int[] GATHERING_WEIGHTS = {25, 30, 45};

    private HouseholdModel() {
    }

    static void build(World world, SplittableRandom random) {
        Population people = world.population;
        Places places = world.places;
        for (int c : places.ofKind(Places.RESIDENTIAL)) {
            int i = places.blockStart[c];
            int end = places.blockEnd[c];
            double building = world.settings.world().buildingShare();
            while (i < end) {
                int size = 1 + Draw.weighted(random, HOUSEHOLD_SIZE_WEIGHTS);
                // in some worlds a household shares its building's registered address with the one before
                boolean sameBuilding = building > 0 && i > places.blockStart[c] && random.nextDouble() < building;
                int address = sameBuilding ? people.addressOf[i - 1] : world.ids.next(NodeKind.ADDRESS);
                for (int m = 0; m < size && i < end; m++, i++) {
                    people.residentialOf[i] = c;
                    people.addressOf[i] = address;
                    if (random.nextDouble() < PHONE_SHARE) {
                        boolean share = m > 0 && people.phoneOf[i - 1] >= 0 && random.nextDouble() < SHARED_PHONE_SHARE;
                        people.phoneOf[i] = share ? people.phoneOf[i - 1] : world.ids.next(NodeKind.PHONE);
                    }
                    if (random.nextDouble() < ACCOUNT_SHARE) {
                        people.accountOf[i] = world.ids.next(NodeKind.ACCOUNT);
                    }
                }
            }
        }
        for (int i = 0; i < people.residents; i++) {
            if (people.age(i) < 28 && random.nextDouble() < STUDENT_SCHOOL_SHARE) {
                people.secondaryOf[i] = places.sample(Places.SCHOOL, random);
            } else if (random.nextDouble() < GATHERING_SHARE) {
                people.secondaryOf[i] = places.sample(GATHERING_KINDS[Draw.weighted(random, GATHERING_WEIGHTS)], random);
            }
        }
    }
}
