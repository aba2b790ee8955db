package org.kyosei.generate;

/**
 * LARGE_LICENSED_AGENCY (look-alike): a licensed agency that supplies many ordinary employers and
 * places hundreds of their workers at normal fees. It is as big as a front broker or bigger, but
 * has no tie to any organization, no crowding and no unusual fee. Its placements are written by
 * the background (the workers' {@code brokerOf} points to it).
 */
final class LargeAgencyLookalike implements Planter {
    static final String PATTERN = "LARGE_LICENSED_AGENCY";

    @Override
    public String pattern() {
        return PATTERN;
    }

    @Override
    public int cases(int individuals) {
        return Math.max(2, Math.round(individuals / 100_000f));
    }

    @Override
    public int cases(WorldParameters world, int individuals) {
        return (int) Math.round(cases(individuals) * world.largeAgencyFactor());
    }

    @Override
    public void plant(PlantKit kit, int caseNumber) {
        World world = kit.world;
        Population people = kit.people;
        Businesses biz = world.businesses;
        int broker = LabourModel.addBroker(world, kit.random, Businesses.AGENCY, Businesses.LICENSED);
        LabourModel.operates(world, kit.random, kit.ordinaryAdult(), world.broker(broker), Timeline.NONE);
        int target = Math.min(Draw.between(kit.random, 200, 600), Math.max(8, people.residents / 25));
        int placed = 0;
        IntList supplied = new IntList();
        for (int attempt = 0; attempt < 4 * world.backgroundEmployers && placed < target; attempt++) {
            int e = kit.random.nextInt(world.backgroundEmployers);
            if (biz.employeeCount(e) < 3 || supplied.contains(e)) {
                continue;
            }
            supplied.add(e);
            LabourModel.supplies(world, kit.random, broker, e, LabourModel.backgroundDay(world, kit.random));
            for (int k = 0; k < biz.employeeCount(e) && placed < target; k++) {
                int w = biz.employee(e, k);
                if (people.brokerOf[w] < 0 && !people.hasAny(w, Population.ROLE | Population.PLANTED)
                        && kit.random.nextDouble() < 0.75) {
                    people.brokerOf[w] = broker;
                    placed++;
                }
            }
        }
        kit.lookalike(PATTERN, world.broker(broker), Timeline.NONE, "licensed agency placing ", placed,
                " workers at normal fees for ", supplied.size(), " employers; no organization tie");
    }
}
