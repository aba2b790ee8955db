package org.kyosei.generate;

import java.util.List;

import org.kyosei.domain.RelationType;

/**
 * INFILTRATION_GROWTH: a residential community set aside and sealed by {@link CommunityReservations}
 * (so no organization has reached it) in which, over
 * the last four to eight weeks, more residents every week gain a tie within two hops of the
 * organization's members: CONTACT with a member (one hop), CONTACT with a resident already tied
 * (two hops), or, in some cases, EMPLOYED_BY an employer or PLACED by a broker that a member
 * operates (two hops). The week-by-week count of new ties rises (1x, 2x, 3x ...), starting from
 * zero. The subject is the community; an employer or broker used as vehicle is recorded as a
 * front business of its own.
 */
final class InfiltrationGrowthPlanter implements Planter {
    static final String PATTERN = "INFILTRATION_GROWTH";

    @Override
    public String pattern() {
        return PATTERN;
    }

    /** One case per community set aside by {@link CommunityReservations}. */
    @Override
    public int cases(int individuals) {
        return Math.max(2, Math.round(individuals / 10_000f));
    }

    @Override
    public void plant(PlantKit kit, int caseNumber) {
        World world = kit.world;
        Population people = kit.people;
        Organizations orgs = world.organizations;
        int weeks = Math.min(kit.time.weeks(), Draw.between(kit.random, 4, 8));
        int community = world.reservedForInfiltration.get(caseNumber);
        int org = kit.organizationAwayFrom(community);
        orgs.touch(org, community);
        int available = kit.residents(community, Integer.MAX_VALUE, Population.ROLE | Population.PLANTED, i -> true).length;
        int base = kit.size(2, 4);
        while (base > 1 && base * weeks * (weeks + 1) / 2 > available * 2 / 3) {
            base--;
        }
        while (weeks > 2 && base * weeks * (weeks + 1) / 2 > available * 2 / 3) {
            weeks--;
        }
        int firstWeek = kit.time.weeks() - weeks;
        int start = kit.time.firstDayOfWeek(firstWeek);
        int needed = base * weeks * (weeks + 1) / 2;
        int[] anchors = kit.members(org, Draw.between(kit.random, 2, 4));
        int[] candidates = kit.residents(community, needed, Population.ROLE | Population.PLANTED, i -> true);

        int vehicle = -1;
        boolean vehicleIsEmployer = false;
        if (kit.random.nextDouble() < 0.4) {
            vehicleIsEmployer = kit.random.nextBoolean();
            vehicle = vehicle(kit, org, anchors[0], vehicleIsEmployer, start, community);
        }
        IntList tied = new IntList();
        int used = 0;
        int viaVehicle = 0;
        StringBuilder perWeek = new StringBuilder();
        for (int week = 0; week < weeks; week++) {
            int count = Math.min(base * (week + 1), candidates.length - used);
            perWeek.append(week == 0 ? "" : "/").append(count);
            for (int t = 0; t < count; t++) {
                int x = candidates[used++];
                int day = Math.min(kit.time.lastDay(), kit.time.firstDayOfWeek(firstWeek + week) + kit.random.nextInt(7));
                double u = kit.random.nextDouble();
                if (vehicle >= 0 && (u < 0.3 || viaVehicle < 2)) {
                    viaVehicle++;
                    if (vehicleIsEmployer) {
                        people.mark(x, Population.CLAIM_EMPLOYMENT);
                        kit.row(world.individual(x), RelationType.EMPLOYED_BY, vehicle, day, Timeline.NONE,
                                Draw.amount(kit.random, 140_000, 220_000, 1000), "registry:labour", Draw.between(kit.random, 70, 100));
                    } else {
                        people.mark(x, Population.CLAIM_PLACEMENT);
                        kit.row(vehicle, RelationType.PLACED, world.individual(x), day, Timeline.NONE,
                                Draw.amount(kit.random, 50_000, 250_000, 1000), "outreach-interview", Draw.between(kit.random, 60, 95));
                    }
                } else if (!tied.isEmpty() && u < 0.6) {
                    kit.contact(x, tied.get(kit.random.nextInt(tied.size())), day, Draw.between(kit.random, 1, 10),
                            "phone-records", Draw.between(kit.random, 60, 100));
                } else {
                    kit.contact(x, anchors[kit.random.nextInt(anchors.length)], day, Draw.between(kit.random, 1, 8),
                            kit.random.nextDouble() < 0.6 ? "phone-records" : kit.time.patrolSource(day),
                            Draw.between(kit.random, 55, 95));
                }
                people.mark(x, Population.PLANTED);
                tied.add(x);
            }
        }
        List<Object> note = PlantKit.parts();
        note.addAll(List.of(tied.size(), " residents newly tied within two hops of ", PlantKit.node(world.organization(org)),
                " over the last ", weeks, " weeks (per week ", perWeek.toString(), ")"));
        if (vehicle >= 0) {
            note.addAll(List.of(", ", viaVehicle, " through ", PlantKit.node(vehicle)));
        }
        kit.truth(PATTERN, vehicle < 0 ? "contacts" : vehicleIsEmployer ? "via-employer" : "via-broker",
                world.community(community), start, note.toArray());
    }

    /** A small business operated by a member, created for the case and recorded as a front business. */
    private static int vehicle(PlantKit kit, int org, int member, boolean employer, int start, int community) {
        World world = kit.world;
        int since = kit.time.shift(start, -kit.random.nextInt(30));
        int ref;
        String pattern;
        if (employer) {
            int workplace = kit.places.sample(Places.WORKPLACE, kit.random);
            ref = world.employer(LabourModel.addEmployer(world, kit.random, workplace, "construction", since,
                    Draw.between(kit.random, 150, 200) * 1000));
            pattern = FrontEmployerPlanter.PATTERN;
        } else {
            ref = world.broker(LabourModel.addBroker(world, kit.random, Businesses.FIXER, Businesses.UNLICENSED, since));
            pattern = FrontBrokerPlanter.PATTERN;
        }
        kit.row(world.individual(member), RelationType.OPERATES, ref, since, Timeline.NONE, -1, "registry:commerce",
                Draw.between(kit.random, 80, 100));
        kit.truth(pattern, "infiltration-vehicle", ref, start, employer ? "employer " : "broker ", PlantKit.node(ref), " operated by member ",
                kit.person(member), " of ", PlantKit.node(world.organization(org)), "; recruits in ",
                PlantKit.node(world.community(community)), " (vehicle of an infiltration)");
        return ref;
    }
}
