package org.kyosei.generate;

/**
 * CASUAL_CONTACT (look-alike): a resident with a single CONTACT row with an organization member,
 * count 1 and low confidence (a patrol sighting), and nothing else.
 */
final class CasualContactLookalike implements Planter {
    static final String PATTERN = "CASUAL_CONTACT";

    @Override
    public String pattern() {
        return PATTERN;
    }

    @Override
    public int cases(int individuals) {
        return Math.max(2, Math.round(individuals / 10_000f));
    }

    @Override
    public void plant(PlantKit kit, int caseNumber) {
        World world = kit.world;
        Population people = kit.people;
        int org = kit.organization();
        int member = kit.member(org);
        int person = kit.resident(Population.ROLE | Population.PLANTED, i -> !world.sealed.get(people.residentialOf[i]));
        people.mark(person, Population.PLANTED);
        int day = kit.time.anyDay(kit.random);
        kit.contact(person, member, day, 1, kit.time.patrolSource(day), Draw.between(kit.random, 20, 45));
        world.organizations.touch(org, people.residentialOf[person]);
        kit.lookalike(PATTERN, world.individual(person), day, "one low-confidence contact with member ",
                kit.person(member), " of ", PlantKit.node(world.organization(org)));
    }
}
