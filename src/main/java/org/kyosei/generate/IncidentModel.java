package org.kyosei.generate;

import java.util.SplittableRandom;

import org.kyosei.domain.RelationType;

/**
 * Background incidents of every kind, about one per {@value #INDIVIDUALS_PER_INCIDENT}
 * individuals, on random days, in communities that suit the kind (thefts in residential and
 * commercial areas, assaults and drugs in nightlife districts, labour exploitation at workplaces),
 * each with one or two victims and often one suspect drawn at random among residents. Ordinary
 * labour-exploitation and trafficking reports exist too, so an incident alone proves nothing.
 */
final class IncidentModel {
    static final int INDIVIDUALS_PER_INCIDENT = 400;
    private static final int[] KIND_WEIGHTS = {32, 18, 14, 5, 2, 9, 20};
    private static final int[][] PLACE_KINDS = {
        {Places.RESIDENTIAL, Places.COMMERCIAL, Places.NIGHTLIFE},
        {Places.RESIDENTIAL, Places.COMMERCIAL, Places.ASSOCIATION},
        {Places.NIGHTLIFE, Places.COMMERCIAL, Places.RESIDENTIAL},
        {Places.WORKPLACE, Places.RESIDENTIAL, Places.COMMERCIAL},
        {Places.NIGHTLIFE, Places.WORKPLACE, Places.RESIDENTIAL},
        {Places.NIGHTLIFE, Places.COMMERCIAL, Places.RESIDENTIAL},
        {Places.RESIDENTIAL, Places.COMMERCIAL, Places.SCHOOL}};
    private static final int[] PLACE_WEIGHTS = {55, 30, 15};
    private static final double SUSPECT_SHARE = 0.55;

    private IncidentModel() {
    }

    static void build(World world, SplittableRandom random) {
        int count = Math.max(12, Math.round(world.population.size / (float) INDIVIDUALS_PER_INCIDENT));
        for (int n = 0; n < count; n++) {
            int kind = n < Incidents.KINDS.length ? n : Draw.weighted(random, KIND_WEIGHTS);
            int where = world.places.sample(PLACE_KINDS[kind][Draw.weighted(random, PLACE_WEIGHTS)], random);
            int day = world.time.anyDay(random);
            int victims = random.nextDouble() < 0.7 ? 1 : 2;
            int[] people = new int[victims];
            for (int v = 0; v < victims; v++) {
                people[v] = residentNear(world, random, where);
            }
            int suspect = random.nextDouble() < SUSPECT_SHARE ? random.nextInt(world.population.residents) : -1;
            if (suspect == people[0]) {
                suspect = -1;
            }
            report(world, random, kind, day, where, people, suspect, "incident-report");
        }
    }

    /**
     * Adds an incident with its LOCATED_IN, VICTIM_OF and SUSPECT_IN rows; returns its index.
     * {@code suspect} is an individual index or -1.
     */
    static int report(World world, SplittableRandom random, int kind, int day, int where, int[] victims, int suspect,
                      String source) {
        int n = world.ids.next(NodeKind.INCIDENT);
        world.incidents.add(n, kind, day, where);
        int ref = world.incident(n);
        int anchor = victims.length > 0 && victims[0] < world.population.residents
                ? victims[0] : random.nextInt(world.population.residents);
        world.row(anchor, ref, RelationType.LOCATED_IN, world.community(where), day, Timeline.NONE, -1, source,
                Draw.between(random, 95, 100));
        for (int i = 0; i < victims.length; i++) {
            if (i > 0 && victims[i] == victims[i - 1]) {
                continue;
            }
            world.row(anchor, world.individual(victims[i]), RelationType.VICTIM_OF, ref, day, Timeline.NONE, -1, source,
                    Draw.between(random, 80, 100));
        }
        if (suspect >= 0) {
            world.row(anchor, world.individual(suspect), RelationType.SUSPECT_IN, ref,
                    world.time.shift(day, random.nextInt(15)), Timeline.NONE, -1, source, Draw.between(random, 40, 90));
        }
        return n;
    }

    /** A resident of the community if it is residential, otherwise any resident. */
    private static int residentNear(World world, SplittableRandom random, int community) {
        Places places = world.places;
        if (places.kind[community] == Places.RESIDENTIAL && places.blockSize(community) > 0) {
            return places.blockStart[community] + random.nextInt(places.blockSize(community));
        }
        return random.nextInt(world.population.residents);
    }
}
