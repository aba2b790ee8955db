package org.kyosei.generate;

import org.kyosei.domain.RelationType;

/**
 * NEW_BRIDGE: a newcomer (every row of theirs dated in the last two weeks) who joins a residential
 * community set aside and sealed by {@link CommunityReservations} (so no organization has reached
 * it) and is in CONTACT both with one to three members of an organization and with several
 * residents: the only short link between that community and the organization. The subject is the
 * newcomer.
 */
final class NewBridgePlanter implements Planter {
    static final String PATTERN = "NEW_BRIDGE";

    @Override
    public String pattern() {
        return PATTERN;
    }

    /** One case per community set aside by {@link CommunityReservations}, one reserved individual each. */
    @Override
    public int cases(int individuals) {
        return Math.max(2, Math.round(individuals / 10_000f));
    }

    @Override
    public void plant(PlantKit kit, int caseNumber) {
        World world = kit.world;
        Population people = kit.people;
        Organizations orgs = world.organizations;
        int community = world.reservedForBridges.get(caseNumber);
        int org = kit.organizationAwayFrom(community);
        orgs.touch(org, community);
        int bridge = people.allocateSpecial();
        people.mark(bridge, Population.ROLE | Population.PLANTED);
        people.residentialOf[bridge] = community;
        int first = Math.max(0, kit.time.lastDay() - 13);
        int arrived = first + kit.random.nextInt(Math.min(7, kit.time.days() - first));
        int me = world.individual(bridge);
        kit.row(me, RelationType.MEMBER_OF, world.community(community), arrived, Timeline.NONE, -1,
                kit.random.nextDouble() < 0.5 ? "registry:residence" : kit.time.patrolSource(arrived),
                Draw.between(kit.random, 70, 100));
        people.addressOf[bridge] = kit.newAddress();
        kit.row(me, RelationType.USES, NodeKind.ADDRESS.ref(people.addressOf[bridge]), arrived, Timeline.NONE, -1,
                "registry:residence", Draw.between(kit.random, 70, 100));
        people.phoneOf[bridge] = kit.newPhone();
        kit.row(me, RelationType.USES, NodeKind.PHONE.ref(people.phoneOf[bridge]), arrived, Timeline.NONE, -1,
                "carrier-record", Draw.between(kit.random, 75, 100));
        // one contact with one member is association, not a lead on a person: a newcomer is planted with two or more
        int[] members = kit.members(org, Draw.between(kit.random, 2, 3));
        for (int m : members) {
            kit.contact(bridge, m, kit.time.dayFrom(kit.random, arrived), Draw.between(kit.random, 2, 15),
                    kit.random.nextDouble() < 0.7 ? "phone-records" : "intel:surveillance", Draw.between(kit.random, 65, 100));
        }
        int[] residents = kit.residents(community, Draw.between(kit.random, 3, 8), Population.ROLE | Population.PLANTED,
                i -> true);
        for (int x : residents) {
            kit.contact(bridge, x, kit.time.dayFrom(kit.random, arrived), Draw.between(kit.random, 1, 10),
                    kit.random.nextDouble() < 0.6 ? "phone-records" : kit.time.patrolSource(arrived),
                    Draw.between(kit.random, 60, 100));
        }
        kit.truth(PATTERN, "newcomer", me, arrived, "newcomer to ", PlantKit.node(world.community(community)), " since ",
                kit.time.date(arrived), ", in contact with ", members.length, " members of ",
                PlantKit.node(world.organization(org)), " and ", residents.length,
                " residents: the only link between them");
    }
}
