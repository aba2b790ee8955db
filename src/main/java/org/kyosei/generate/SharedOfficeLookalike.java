package org.kyosei.generate;

import org.kyosei.domain.RelationType;

/**
 * SHARED_OFFICE (look-alike): a registered-office address (a landlord's or a service office's) that
 * ten to fifty ordinary businesses USE, and one organization member too. Every business there shares
 * an address with a member, and none of them has anything else to do with the organization. Each
 * business is one look-alike row; a planted case's business is never one of them (it would be both a
 * case and a look-alike). None in the default world.
 */
final class SharedOfficeLookalike implements Planter {
    static final String PATTERN = "SHARED_OFFICE";

    @Override
    public String pattern() {
        return PATTERN;
    }

    @Override
    public int cases(int individuals) {
        return 0;
    }

    @Override
    public int cases(WorldParameters world, int individuals) {
        return WorldParameters.per20k(world.sharedOfficesPer20k(), individuals);
    }

    @Override
    public void plant(PlantKit kit, int caseNumber) {
        World world = kit.world;
        int office = NodeKind.ADDRESS.ref(kit.newAddress());
        int org = kit.organization();
        int member = kit.member(org);
        kit.row(world.individual(member), RelationType.USES, office, LabourModel.backgroundDay(world, kit.random),
                Timeline.NONE, -1, kit.random.nextBoolean() ? "registry:commerce" : "registry:residence",
                Draw.between(kit.random, 70, 100));
        int wanted = Math.min(Draw.between(kit.random, 10, 50), Math.max(3, world.backgroundEmployers / 3));
        IntList chosen = new IntList();
        for (int attempt = 0; attempt < 10 * wanted && chosen.size() < wanted; attempt++) {
            int business = kit.random.nextDouble() < 0.8 || world.businesses.brokers() == 0
                    ? world.employer(kit.random.nextInt(world.backgroundEmployers))
                    : world.broker(kit.random.nextInt(world.businesses.brokers()));
            if (chosen.contains(business) || kit.planted(business)) {
                continue;
            }
            chosen.add(business);
            kit.row(business, RelationType.USES, office, LabourModel.backgroundDay(world, kit.random), Timeline.NONE, -1,
                    "registry:commerce", Draw.between(kit.random, 85, 100));
            kit.lookalike(PATTERN, business, Timeline.NONE, "registered at office address ", PlantKit.node(office),
                    ", shared by ", wanted, " businesses and member ", kit.person(member), " of ",
                    PlantKit.node(world.organization(org)), "; no other tie");
        }
    }
}
