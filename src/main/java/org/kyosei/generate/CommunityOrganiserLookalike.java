package org.kyosei.generate;

/**
 * COMMUNITY_ORGANISER (look-alike): an association member in ordinary CONTACT with residents of
 * four to eight residential communities: a broad bridge, like a gatekeeper, but with no tie to any
 * organization.
 */
final class CommunityOrganiserLookalike implements Planter {
    static final String PATTERN = "COMMUNITY_ORGANISER";

    @Override
    public String pattern() {
        return PATTERN;
    }

    @Override
    public int cases(int individuals) {
        return Math.max(2, Math.round(individuals / 10_000f));
    }

    @Override
    public int cases(WorldParameters world, int individuals) {
        return Math.max(1, (int) Math.round(cases(individuals) * world.organiserFactor()));
    }

    @Override
    public void plant(PlantKit kit, int caseNumber) {
        World world = kit.world;
        Population people = kit.people;
        int organiser = kit.ordinaryAdult();
        people.secondaryOf[organiser] = kit.places.sample(Places.ASSOCIATION, kit.random);
        int[] residential = kit.places.ofKind(Places.RESIDENTIAL);
        int communities = Math.min(residential.length, Draw.between(kit.random, 4, 8));
        IntList visited = new IntList();
        int contacts = 0;
        for (int attempt = 0; attempt < 50 && visited.size() < communities; attempt++) {
            int c = residential[kit.random.nextInt(residential.length)];
            if (visited.contains(c) || world.sealed.get(c)) {
                continue;
            }
            visited.add(c);
            for (int x : kit.residents(c, Draw.between(kit.random, 2, 5), Population.ORG_MEMBER, i -> i != organiser)) {
                int day = kit.random.nextDouble() < 0.4 ? Timeline.NONE : kit.time.anyDay(kit.random);
                kit.contact(organiser, x, day, Draw.between(kit.random, 1, 15),
                        kit.random.nextDouble() < 0.5 ? "association-roster" : "phone-records", Draw.between(kit.random, 70, 100));
                contacts++;
            }
        }
        kit.lookalike(PATTERN, world.individual(organiser), Timeline.NONE, "association member of ",
                PlantKit.node(world.community(people.secondaryOf[organiser])), " in contact with ", contacts,
                " residents of ", visited.size(), " communities; no organization tie");
    }
}
