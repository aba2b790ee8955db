package org.kyosei.generate;

/**
 * NEIGHBOUR_OF_MEMBER (look-alike): residents who move into the building address of an
 * organization member (USES the same ADDRESS identifier) and have no other tie to the member or
 * the organization. Each neighbour is one look-alike row.
 */
final class NeighbourLookalike implements Planter {
    static final String PATTERN = "NEIGHBOUR_OF_MEMBER";

    @Override
    public String pattern() {
        return PATTERN;
    }

    @Override
    public int cases(int individuals) {
        return Math.max(2, Math.round(individuals / 20_000f));
    }

    @Override
    public void plant(PlantKit kit, int caseNumber) {
        World world = kit.world;
        Population people = kit.people;
        int org = kit.organization();
        int member = kit.member(org);
        int address = people.addressOf[member];
        int community = people.residentialOf[member] >= 0 ? people.residentialOf[member]
                : kit.residentialCommunity(10, c -> !world.sealed.get(c));
        int[] neighbours = kit.residents(community, Draw.between(kit.random, 1, 3),
                Population.ROLE | Population.PLANTED | Population.CLAIM_ADDRESS, i -> true);
        world.organizations.touch(org, community);
        for (int n : neighbours) {
            int day = kit.random.nextDouble() < 0.5 ? 0 : kit.time.anyDay(kit.random);
            kit.relocate(n, address, day);
            people.mark(n, Population.PLANTED);
            kit.lookalike(PATTERN, world.individual(n), day, "shares building address ",
                    PlantKit.node(NodeKind.ADDRESS.ref(address)), " with member ", kit.person(member), " of ",
                    PlantKit.node(world.organization(org)), "; no other tie");
        }
    }
}
